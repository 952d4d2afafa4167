package org.institute.licensing;

/** What a reader may do to an invoice. */
public enum InvoiceAction {
  /** Record a payment received against it (admins). */
  RECORD_PAYMENT,
  /** Issue an interest invoice of the late-payment interest not yet invoiced (admins). */
  ISSUE_INTEREST_INVOICE
}
