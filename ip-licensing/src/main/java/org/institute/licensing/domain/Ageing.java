package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Outstanding amounts by how long they are overdue (issue 18, item 6): not yet due, 0-30, 31-60,
 * 61-90 and more than 90 days after the due date. An amount due today is in 0-30.
 */
public record Ageing(
    BigDecimal notDue, BigDecimal upTo30, BigDecimal upTo60, BigDecimal upTo90, BigDecimal over90) {

  public static Ageing none() {
    BigDecimal zero = BigDecimal.ZERO.setScale(2);
    return new Ageing(zero, zero, zero, zero, zero);
  }

  /** This ageing with {@code outstanding} due on {@code due}, seen on {@code today}, added. */
  public Ageing plus(LocalDate due, BigDecimal outstanding, LocalDate today) {
    if (outstanding.signum() == 0) {
      return this;
    }
    long late = ChronoUnit.DAYS.between(due, today);
    if (late < 0) {
      return new Ageing(notDue.add(outstanding), upTo30, upTo60, upTo90, over90);
    }
    if (late <= 30) {
      return new Ageing(notDue, upTo30.add(outstanding), upTo60, upTo90, over90);
    }
    if (late <= 60) {
      return new Ageing(notDue, upTo30, upTo60.add(outstanding), upTo90, over90);
    }
    if (late <= 90) {
      return new Ageing(notDue, upTo30, upTo60, upTo90.add(outstanding), over90);
    }
    return new Ageing(notDue, upTo30, upTo60, upTo90, over90.add(outstanding));
  }

  public BigDecimal total() {
    return notDue.add(upTo30).add(upTo60).add(upTo90).add(over90);
  }
}
