package org.institute.core;

/** The caller's roles do not allow this use case; nothing was read or changed. */
public class AccessRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccessRefusedException(String what) {
    super("not allowed: " + what);
  }
}
