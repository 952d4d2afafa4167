package org.institute.talent;

/**
 * The command does not fit the record's current state (such as withdrawing an enrolment already
 * withdrawn, or completing one that misses the completion rule); nothing was changed. The web layer
 * answers 409 with the message key.
 */
public class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageKey;

  public ConflictException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
