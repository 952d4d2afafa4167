package org.institute.core;

import java.io.Serializable;

/** Identifies a partner across modules; aggregates hold this value, never a partner entity. */
public record PartnerId(long value) implements Serializable {
  public PartnerId {
    if (value <= 0) {
      throw new IllegalArgumentException("a partner id is positive, was " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
