package org.institute.licensing;

/** What a patent import does with one record of the file. */
public enum PatentImportOutcome {
  /** A new family with the record's applications (in a dry run: would be). */
  CREATE,
  /** The family of the record's priority claim exists: its new applications are added to it. */
  MERGE,
  /** The family and every application of the record are recorded already: nothing changes. */
  UNCHANGED,
  /** A rule refuses the record; the problems say why. */
  REFUSED
}
