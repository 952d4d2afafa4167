package org.institute.talent;

import java.util.function.IntConsumer;

/**
 * Enrolment from a CSV file (UTF-8; columns as in {@link #template}). {@link #preview} validates
 * every row and changes nothing; {@link #confirm} enrols every acceptable row in one transaction
 * (all or nothing). A row whose person is already in the cohort is rejected, so uploading the same
 * file again enrols nobody twice.
 */
public interface BulkEnrolment {

  /** The largest file accepted. */
  int MAX_BYTES = 8 * 1024 * 1024;

  /** The most data rows in one file. */
  int MAX_ROWS = 20_000;

  /** The template's header line and one example row. */
  String template();

  ImportReport preview(long cohortId, byte[] csv);

  /** Enrols the acceptable rows; {@code progress} hears the number of rows done so far. */
  ImportReport confirm(long cohortId, byte[] csv, IntConsumer progress);
}
