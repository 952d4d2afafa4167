package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.institute.licensing.MilestoneTerm;

/** A milestone payment of a deal, in the deal's currency. */
@Embeddable
public class Milestone {

  @Column(name = "event_name", nullable = false, length = 300)
  private String event;

  @Column(name = "amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Column(name = "due_date")
  private LocalDate dueDate;

  protected Milestone() {}

  Milestone(MilestoneTerm term) {
    this.event = term.event().trim();
    this.amount = term.amount();
    this.dueDate = term.dueDate();
  }

  public MilestoneTerm term() {
    return new MilestoneTerm(event, amount, dueDate);
  }

  public BigDecimal amount() {
    return amount;
  }
}
