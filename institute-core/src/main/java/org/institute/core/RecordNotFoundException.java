package org.institute.core;

/**
 * No such record, or none the caller may see: the two are reported alike so that a record outside
 * the caller's scope is never revealed. The web layer answers 404.
 */
public class RecordNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RecordNotFoundException(String what) {
    super("not found: " + what);
  }
}
