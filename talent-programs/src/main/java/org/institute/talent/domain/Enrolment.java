package org.institute.talent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.institute.core.ConflictException;
import org.institute.talent.EnrolmentState;

/**
 * One participant in one cohort. Its state changes only through the cohort (seat, waitlist,
 * withdrawal) or through completion; a waitlisted enrolment holds a ticket that orders the line.
 */
@Entity
@Table(name = "tal_enrolment")
public class Enrolment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cohort_id", nullable = false)
  private long cohortId;

  @Column(name = "participant_id", nullable = false)
  private long participantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EnrolmentState state;

  @Column(name = "waitlist_ticket")
  private Long waitlistTicket;

  @Column(name = "assessment_passed")
  private Boolean assessmentPassed;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Version private long version;

  protected Enrolment() {}

  Enrolment(Long cohortId, Long participantId, Instant now) {
    this.cohortId = cohortId;
    this.participantId = participantId;
    this.requestedAt = now;
    this.changedAt = now;
  }

  void seat(Instant now) {
    this.state = EnrolmentState.ENROLLED;
    this.waitlistTicket = null;
    this.changedAt = now;
  }

  void waitlist(long ticket, Instant now) {
    this.state = EnrolmentState.WAITLISTED;
    this.waitlistTicket = ticket;
    this.changedAt = now;
  }

  void withdraw(Instant now) {
    if (!state.isActive()) {
      throw new ConflictException("enrolment.notActive");
    }
    this.state = EnrolmentState.WITHDRAWN;
    this.waitlistTicket = null;
    this.changedAt = now;
  }

  public void recordAssessment(boolean passed, Instant now) {
    requireSeated();
    this.assessmentPassed = passed;
    this.changedAt = now;
  }

  /** Completes the enrolment if the rule is met, else refuses naming the unmet condition. */
  public void complete(CompletionRule rule, int sessionsAttended, int sessionsTaken, Instant now) {
    requireSeated();
    rule.unmet(sessionsAttended, sessionsTaken, assessmentPassed)
        .ifPresent(
            key -> {
              throw new ConflictException(key);
            });
    this.state = EnrolmentState.COMPLETED;
    this.changedAt = now;
  }

  public void fail(Instant now) {
    requireSeated();
    this.state = EnrolmentState.FAILED;
    this.changedAt = now;
  }

  private void requireSeated() {
    if (state != EnrolmentState.ENROLLED) {
      throw new ConflictException("enrolment.notEnrolled");
    }
  }

  public Long id() {
    return id;
  }

  public long cohortId() {
    return cohortId;
  }

  public long participantId() {
    return participantId;
  }

  public EnrolmentState state() {
    return state;
  }

  public Long waitlistTicket() {
    return waitlistTicket;
  }

  public Boolean assessmentPassed() {
    return assessmentPassed;
  }
}
