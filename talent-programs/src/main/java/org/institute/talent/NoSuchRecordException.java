package org.institute.talent;

/**
 * There is no such record, or it lies outside the caller's scope; the two are not told apart, so a
 * caller cannot learn that a record exists. The web layer answers 404.
 */
public class NoSuchRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NoSuchRecordException(String what) {
    super("no such " + what);
  }
}
