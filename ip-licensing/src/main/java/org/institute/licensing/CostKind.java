package org.institute.licensing;

/** What a patent cost paid for (issue 19). */
public enum CostKind {
  /** Filing fees and the attorney's filing work. */
  FILING,
  /** Prosecution: office actions, examination, responses. */
  PROSECUTION,
  /** Maintenance and renewal fees. */
  MAINTENANCE,
  /** Legal costs: oppositions, enforcement, advice. */
  LEGAL
}
