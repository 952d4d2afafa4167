package org.institute.core;

/**
 * No such record, or none the caller may see: the two look the same, so that a refusal does not
 * reveal that another partner's record exists.
 */
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String what) {
    super("not found: " + what);
  }
}
