package org.institute.core;

/**
 * The command came too late or crossed another one: the record is no longer in a state that allows
 * it, or someone else changed it first. Nothing was changed; the web layer answers 409 with the
 * message, which says what happened in words a user understands.
 */
public class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }

  public ConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
