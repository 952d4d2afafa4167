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

/**
 * That the reminder of a royalty report or an invoice, at one stage of its due date, was sent
 * (decision 0104). Unique per subject, due date and stage: a second run (a retry, a catch-up,
 * another node) finds it, or fails on the key and rolls back its mail.
 */
@Entity
@Table(name = "lic_compliance_reminder")
public class ComplianceReminder {

  /** What is reminded: a deal's report of a period, or an invoice. */
  public enum Subject {
    REPORT,
    INVOICE;

    /** The key of a period's report: the deal and the period's first day. */
    public static String reportKey(long dealId, LocalDate periodStart) {
      return dealId + "/" + periodStart;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Subject subject;

  @Column(name = "subject_key", nullable = false, length = 40)
  private String key;

  @Column(name = "deal_id", nullable = false)
  private long dealId;

  @Column(name = "due_date", nullable = false)
  private LocalDate due;

  @Column(name = "days_after", nullable = false)
  private int daysAfter;

  @Column(name = "sent_on", nullable = false)
  private LocalDate sentOn;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected ComplianceReminder() {}

  public ComplianceReminder(
      Subject subject,
      String key,
      long dealId,
      LocalDate due,
      int daysAfter,
      LocalDate sentOn,
      Instant sentAt) {
    this.subject = subject;
    this.key = key;
    this.dealId = dealId;
    this.due = due;
    this.daysAfter = daysAfter;
    this.sentOn = sentOn;
    this.sentAt = sentAt;
  }

  public Subject subject() {
    return subject;
  }

  public String key() {
    return key;
  }

  public LocalDate due() {
    return due;
  }

  public int daysAfter() {
    return daysAfter;
  }
}
