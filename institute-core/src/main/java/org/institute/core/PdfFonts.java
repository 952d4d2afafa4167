package org.institute.core;

import com.lowagie.text.pdf.BaseFont;

/**
 * The font every PDF of the institute prints with (certificates, the council's reports): a CJK font
 * embedded as a subset when the machine has one (decision 0021), else the built-in Helvetica with
 * Latin text only. Found once and shared.
 */
public interface PdfFonts {

  /** The font to build OpenPDF fonts of any size from. */
  BaseFont base();

  /** Whether Chinese text can be printed with {@link #base()}. */
  boolean printsChinese();
}
