package org.institute.licensing;

/** Where a patent application is filed. PCT is the international application under the treaty. */
public enum Jurisdiction {
  CN,
  SG,
  PCT,
  EP,
  US,
  JP,
  KR,
  HK,
  TW,
  AU
}
