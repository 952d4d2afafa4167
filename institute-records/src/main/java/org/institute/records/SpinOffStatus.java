package org.institute.records;

/** Where a spin-off company stands. */
public enum SpinOffStatus {
  /** Housed and supported by the institute or the Chongqing base, not yet trading on its own. */
  INCUBATING,
  OPERATING,
  ACQUIRED,
  CLOSED
}
