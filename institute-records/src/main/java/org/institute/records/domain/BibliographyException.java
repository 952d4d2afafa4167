package org.institute.records.domain;

/** The file as a whole cannot be read (encoding, syntax of the container); nothing is imported. */
public class BibliographyException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageKey;

  public BibliographyException(String messageKey, String detail) {
    super(messageKey + ": " + detail);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
