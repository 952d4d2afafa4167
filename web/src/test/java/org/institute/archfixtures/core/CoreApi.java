package org.institute.archfixtures.core;

/** Core API: clean. */
public interface CoreApi {
  String name();
}
