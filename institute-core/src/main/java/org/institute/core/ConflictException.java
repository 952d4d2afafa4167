package org.institute.core;

/**
 * The command came too late or crossed another one: the record changed since the caller read it, or
 * it is no longer in a state that allows the command. Nothing was changed. The web layer answers
 * 409; the message is either a message key the portal and the API translate (e.g. {@code
 * conflict.staleVersion}) or a sentence that says what happened in words a user understands.
 */
public class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String messageKeyOrText) {
    super(messageKeyOrText);
  }

  public ConflictException(String messageKeyOrText, Throwable cause) {
    super(messageKeyOrText, cause);
  }

  /** The message key, or the sentence when there is no key for this conflict. */
  public String messageKey() {
    return getMessage();
  }

  /** Refuses when the version the caller read is not the current one. */
  public static void requireVersion(Long expected, long current) {
    if (expected == null || expected != current) {
      throw new ConflictException("conflict.staleVersion");
    }
  }
}
