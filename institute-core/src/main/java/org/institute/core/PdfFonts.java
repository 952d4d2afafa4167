package org.institute.core;

import com.lowagie.text.pdf.BaseFont;

/**
 * The font every PDF of the institute prints with (certificates, the council's reports): Noto Sans
 * SC, shipped in the core's jar and embedded as a subset in each PDF, so Latin and Chinese text
 * print wherever the application runs (decision 0080). Loaded once and shared.
 */
public interface PdfFonts {

  /** The font to build OpenPDF fonts of any size from; it prints Latin and Chinese text. */
  BaseFont base();
}
