package org.institute.licensing;

/** How many may use the licensed patents in the field and territory. */
public enum Exclusivity {
  /** Only the licensee, not even the licensors. */
  EXCLUSIVE,
  /** The licensee and the licensors, nobody else. */
  SOLE,
  /** The licensors may license others too. */
  NON_EXCLUSIVE
}
