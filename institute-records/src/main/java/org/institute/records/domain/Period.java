package org.institute.records.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Days from {@code from} to {@code to}, both inclusive; open-ended when {@code to} is null. */
public record Period(LocalDate from, LocalDate to) {

  public Period {
    Objects.requireNonNull(from, "from");
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("period ends before it starts: " + from + ".." + to);
    }
  }

  /** Whether the two periods share at least one day. */
  public boolean overlaps(Period other) {
    boolean thisEndsBeforeOther = to != null && to.isBefore(other.from);
    boolean otherEndsBeforeThis = other.to != null && other.to.isBefore(from);
    return !thisEndsBeforeOther && !otherEndsBeforeThis;
  }

  public boolean covers(LocalDate date) {
    return !from.isAfter(date) && (to == null || !to.isBefore(date));
  }

  @Override
  public String toString() {
    return from + ".." + (to == null ? "" : to);
  }
}
