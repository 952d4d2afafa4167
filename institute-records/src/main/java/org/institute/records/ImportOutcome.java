package org.institute.records;

/** What an import does with one entry of the file. */
public enum ImportOutcome {
  /** A new publication (in a dry run: would be). */
  CREATE,
  /** The DOI is recorded already: nothing changes, so the same file imports twice safely. */
  UNCHANGED,
  /** A rule refuses the entry; the problems say why. */
  REFUSED
}
