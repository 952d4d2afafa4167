package org.institute.licensing.domain;

import org.institute.licensing.InvoiceKind;

/**
 * The next number of a series in a year, without gaps and without duplicates: the implementation
 * raises a counter row in the caller's transaction, so the row stays locked until it commits and a
 * rolled-back issue gives its number back (docs/decisions/0101).
 */
public interface InvoiceNumbers {

  /** The next sequence number (1, 2, ...) of {@code kind}'s series in {@code year}. */
  long next(InvoiceKind kind, int year);

  /**
   * The printed number: series, year and the sequence number in five digits, {@code
   * INV-2026-00042}.
   */
  static String format(InvoiceKind kind, int year, long sequence) {
    return String.format(java.util.Locale.ROOT, "%s-%d-%05d", kind.series(), year, sequence);
  }
}
