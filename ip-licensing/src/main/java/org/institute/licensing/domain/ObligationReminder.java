package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * That the reminder of one obligation's stage was sent. Unique per obligation, due date and days: a
 * second run (a retry, a catch-up, another node) finds it, or fails on the key and rolls back its
 * mail.
 */
@Entity
@Table(name = "lic_obligation_reminder")
public class ObligationReminder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "obligation_id", nullable = false)
  private long obligationId;

  @Column(name = "due_date", nullable = false)
  private LocalDate due;

  @Column(name = "days_before", nullable = false)
  private int daysBefore;

  @Column(name = "sent_on", nullable = false)
  private LocalDate sentOn;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected ObligationReminder() {}

  public ObligationReminder(
      long obligationId, LocalDate due, int daysBefore, LocalDate sentOn, Instant sentAt) {
    this.obligationId = obligationId;
    this.due = due;
    this.daysBefore = daysBefore;
    this.sentOn = sentOn;
    this.sentAt = sentAt;
  }
}
