package org.institute.licensing.domain;

/**
 * A patent file that cannot be read at all (not XML, not a CSV with the template's header, not
 * text): the message key says why and, when known, the line where reading stopped.
 */
public class PatentFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final int line;

  public PatentFileException(String messageKey, int line) {
    super(messageKey + (line > 0 ? " at line " + line : ""));
    this.messageKey = messageKey;
    this.line = line;
  }

  public String messageKey() {
    return messageKey;
  }

  /** The line where reading stopped; 0 when unknown. */
  public int line() {
    return line;
  }
}
