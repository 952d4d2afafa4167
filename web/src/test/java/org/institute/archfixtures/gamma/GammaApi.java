package org.institute.archfixtures.gamma;

/** Gamma API: clean. */
public interface GammaApi {
  String label();
}
