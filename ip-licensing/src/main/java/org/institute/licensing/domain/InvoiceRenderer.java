package org.institute.licensing.domain;

import org.institute.licensing.InvoiceView;

/** Prints an invoice or credit note as a PDF in English and Chinese, before it is sealed. */
public interface InvoiceRenderer {
  byte[] render(InvoiceView invoice);
}
