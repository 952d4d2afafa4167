package org.institute.licensing;

/**
 * An invoice (money the licensee owes) or a credit note (money the institute owes back: a negative
 * amount, issued when a correction of an accepted report lowers its due), or an interest invoice
 * (the late-payment interest accrued on an invoice, decision 0109). Each has its own series of
 * numbers per year.
 */
public enum InvoiceKind {
  INVOICE("INV"),
  CREDIT_NOTE("CN"),
  INTEREST("INT");

  /** The kinds that the licensee owes by a due date, and that are reminded when they pass it. */
  public static final java.util.Set<InvoiceKind> OWED = java.util.Set.of(INVOICE, INTEREST);

  private final String series;

  InvoiceKind(String series) {
    this.series = series;
  }

  /** The prefix of its numbers, and the name of its counter. */
  public String series() {
    return series;
  }
}
