package org.institute.core.domain;

/** Where the institute's signing keys are kept between runs. */
public interface KeyRingStore {

  /** The keys kept so far; an empty ring on first use. */
  KeyRing load();

  void save(KeyRing ring);
}
