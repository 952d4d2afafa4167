package org.institute.core;

/**
 * The record changed since the caller read it, or its state no longer allows the command; nothing
 * was changed. The web layer answers 409 and asks the user to reload.
 */
public class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageKey;

  public ConflictException(String messageKey) {
    super("conflict: " + messageKey);
    this.messageKey = messageKey;
  }

  /** A message key the portal and the API translate, e.g. {@code conflict.staleVersion}. */
  public String messageKey() {
    return messageKey;
  }

  /** Refuses when the version the caller read is not the current one. */
  public static void requireVersion(Long expected, long current) {
    if (expected == null || expected != current) {
      throw new ConflictException("conflict.staleVersion");
    }
  }
}
