package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.institute.licensing.Deadline;

/**
 * That a reminder of one deadline, so many days ahead, was sent. Unique per family, kind, due date
 * and days: a second run (another day's retry, another node) finds it and sends nothing.
 */
@Entity
@Table(name = "lic_deadline_reminder")
public class DeadlineReminder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "family_id", nullable = false)
  private long familyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Deadline.Kind kind;

  @Column(name = "due_date", nullable = false)
  private LocalDate due;

  @Column(name = "days_before", nullable = false)
  private int daysBefore;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected DeadlineReminder() {}

  public DeadlineReminder(Deadline deadline, int daysBefore, Instant sentAt) {
    this.familyId = deadline.familyId();
    this.kind = deadline.kind();
    this.due = deadline.due();
    this.daysBefore = daysBefore;
    this.sentAt = sentAt;
  }
}
