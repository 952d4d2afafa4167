package org.institute.core;

import java.util.List;

/**
 * Seals a finished PDF: attaches files to it and signs the whole with the institute's document
 * signing key (PAdES baseline B), so that any PDF reader shows who signed it and that not one byte
 * changed since.
 */
public interface PdfSeal {

  /** A file carried inside the PDF, such as the signed credential of a certificate. */
  record Attachment(String name, String mediaType, String description, byte[] content) {
    public Attachment {
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }
  }

  /**
   * The PDF with the attachments and a signature over every byte.
   *
   * @param reason why it is signed, as a PDF reader shows it
   */
  byte[] seal(byte[] pdf, String reason, List<Attachment> attachments);
}
