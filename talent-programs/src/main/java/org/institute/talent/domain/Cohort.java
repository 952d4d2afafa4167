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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.institute.core.BilingualText;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.talent.CohortStatus;
import org.institute.talent.NewCohort;

/**
 * An intake of a programme. It guards its capacity: it counts the seats taken and hands out
 * waitlist tickets in the order enrolments reach it, so the waitlist is first come, first served,
 * and it counts who is waiting, so that the newest ticket knows its position in line. A single
 * enrolment takes its place through {@link Seats}, one atomic conditional update of the stored
 * counters (decision 0091); withdrawals and bulk enrolments lock the cohort row and count on this
 * object ({@link #lockedSeats()}). The atomic updates raise the version, so a copy read before one
 * of them can never write stale counters back.
 */
@Entity
@Table(name = "tal_cohort")
public class Cohort {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "programme_id", nullable = false)
  private long programmeId;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "name_zh", length = 200)
  private String nameZh;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "applications_open", nullable = false)
  private LocalDate applicationsOpen;

  @Column(name = "applications_close", nullable = false)
  private LocalDate applicationsClose;

  @Column(nullable = false)
  private int capacity;

  @Column(name = "fee_amount", precision = 15, scale = 2)
  private BigDecimal feeAmount;

  @Column(name = "fee_currency", length = 3)
  private String feeCurrency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CohortStatus status;

  @Column(name = "enrolled_count", nullable = false)
  private int enrolledCount;

  @Column(name = "waitlist_tickets", nullable = false)
  private long waitlistTickets;

  /** How many enrolments are waitlisted now. */
  @Column(name = "waitlist_length", nullable = false)
  private int waitlistLength;

  /**
   * What the latest claim through {@link Seats} took: 0 a seat, else its waitlist ticket. Written
   * by the claim's update of the row and read back by the same transaction under that update's
   * lock; no one else reads it.
   */
  @Column(name = "last_claim_ticket", nullable = false)
  private long lastClaimTicket;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** How many placements an internship intake aims for; null means its capacity. */
  @Column(name = "placement_target")
  private Integer placementTarget;

  @Version private long version;

  /** The longest cohort name in either language. */
  static final int NAME_LENGTH = 200;

  protected Cohort() {}

  /** A cohort from an already validated command. */
  public Cohort(NewCohort c, Instant now) {
    this.programmeId = c.programmeId();
    this.name = c.name().trim();
    this.nameZh = Text.blankToNull(c.nameZh());
    this.startsOn = c.startsOn();
    this.endsOn = c.endsOn();
    this.applicationsOpen = c.applicationsOpen();
    this.applicationsClose = c.applicationsClose();
    this.capacity = c.capacity();
    if (c.fee() != null) {
      this.feeAmount = c.fee().amount();
      this.feeCurrency = c.fee().currency().getCurrencyCode();
    }
    this.status = c.status() == null ? CohortStatus.PLANNED : c.status();
    this.createdAt = now;
  }

  /**
   * Admits a participant: a seat while one is free, else the end of the waitlist. Refuses when the
   * cohort takes no enrolments, the programme does not admit the participant, or the participant is
   * already in the cohort. A withdrawn participant may come back, to the same rules as a newcomer.
   * Counts on this object, which the caller holds locked.
   *
   * @param existing the participant's earlier enrolment in this cohort, if any
   * @return the new (or revived) enrolment, not yet stored
   */
  public Enrolment admit(
      Programme programme, Participant participant, Optional<Enrolment> existing, Instant now) {
    return admit(programme, participant, existing, lockedSeats(), now).enrolment();
  }

  /**
   * Admits a participant as {@link #admit(Programme, Participant, Optional, Instant)} does, taking
   * the seat or the waitlist ticket, with its position, from {@code seats}: last, after every check
   * that can refuse.
   */
  public Admission admit(
      Programme programme,
      Participant participant,
      Optional<Enrolment> existing,
      Seats seats,
      Instant now) {
    if (!status.takesEnrolments()) {
      throw new ConflictException("cohort.notTakingEnrolments");
    }
    programme.checkEligible(participant);
    if (existing.isPresent()
        && existing.get().state() != org.institute.talent.EnrolmentState.WITHDRAWN) {
      throw new ConflictException("enrolment.duplicate");
    }
    Seats.Place place =
        seats
            .claim(id)
            // closed between the check above and the counters: a concurrent status change
            .orElseThrow(() -> new ConflictException("cohort.notTakingEnrolments"));
    Enrolment enrolment = existing.orElseGet(() -> new Enrolment(id, participant.id(), now));
    if (place.seated()) {
      enrolment.seat(now);
      return new Admission(enrolment, null);
    }
    enrolment.waitlist(place.ticket(), now);
    return new Admission(enrolment, place.position());
  }

  /**
   * The counters of this object, for a caller that holds the cohort's row lock (withdrawals, bulk
   * enrolments) and so has read them fresh; the changes are stored with the cohort.
   */
  public Seats lockedSeats() {
    return cohortId -> {
      if (id == null || cohortId != id) {
        throw new IllegalArgumentException(
            "seats of cohort " + id + " asked for cohort " + cohortId);
      }
      if (!status.takesEnrolments()) {
        return Optional.empty();
      }
      if (enrolledCount < capacity) {
        enrolledCount++;
        return Optional.of(Seats.Place.seat());
      }
      waitlistLength++;
      return Optional.of(Seats.Place.waiting(++waitlistTickets, waitlistLength));
    };
  }

  /**
   * Withdraws an enrolled or waitlisted participant. A freed seat goes to the first on the waitlist
   * (the lowest ticket), if anyone waits.
   *
   * @return the promoted enrolment, if any
   */
  public Optional<Enrolment> withdraw(Enrolment enrolment, Waitlist waitlist, Instant now) {
    requireMine(enrolment);
    boolean heldSeat = enrolment.state() == org.institute.talent.EnrolmentState.ENROLLED;
    boolean waited = enrolment.state() == org.institute.talent.EnrolmentState.WAITLISTED;
    enrolment.withdraw(now);
    if (waited) {
      waitlistLength--;
    }
    if (!heldSeat) {
      return Optional.empty();
    }
    enrolledCount--;
    return promoteFirst(waitlist, now);
  }

  private Optional<Enrolment> promoteFirst(Waitlist waitlist, Instant now) {
    if (enrolledCount >= capacity || !status.takesEnrolments()) {
      return Optional.empty();
    }
    Optional<Enrolment> first = waitlist.first(id);
    first.ifPresent(
        e -> {
          enrolledCount++;
          waitlistLength--;
          e.seat(now);
        });
    return first;
  }

  /**
   * Takes changed names, dates, capacity and fee, already checked by {@link #checkDates}. Refuses a
   * closed cohort and a capacity below the seats taken; a larger capacity seats those who wait, the
   * lowest ticket first, while the cohort takes enrolments. Counts on this object, which the caller
   * holds locked.
   *
   * @return the enrolments seated from the waitlist, in their order
   */
  public java.util.List<Enrolment> revise(
      org.institute.talent.CohortChanges c, Waitlist waitlist, Instant now) {
    if (status.isClosed()) {
      throw new ConflictException("cohort.closed");
    }
    if (c.capacity() < enrolledCount) {
      throw InvalidCommandException.of("capacity", "cohort.capacity.belowEnrolled");
    }
    this.name = c.name().trim();
    this.nameZh = Text.blankToNull(c.nameZh());
    this.startsOn = c.startsOn();
    this.endsOn = c.endsOn();
    this.applicationsOpen = c.applicationsOpen();
    this.applicationsClose = c.applicationsClose();
    this.capacity = c.capacity();
    this.feeAmount = c.fee() == null ? null : c.fee().amount();
    this.feeCurrency = c.fee() == null ? null : c.fee().currency().getCurrencyCode();
    java.util.List<Enrolment> seated = new java.util.ArrayList<>();
    for (Optional<Enrolment> next = promoteFirst(waitlist, now);
        next.isPresent();
        next = promoteFirst(waitlist, now)) {
      seated.add(next.get());
    }
    return seated;
  }

  public void changeStatus(CohortStatus next) {
    if (status.isClosed()) {
      throw new ConflictException("cohort.closed");
    }
    this.status = next;
  }

  private void requireMine(Enrolment enrolment) {
    if (enrolment.cohortId() != id) {
      throw new IllegalArgumentException("enrolment " + enrolment.id() + " is not in cohort " + id);
    }
  }

  /** Checks the dates and capacity of a cohort to open; adds nothing when they are fine. */
  public static void checkDates(
      NewCohort c, java.util.List<org.institute.core.Violation> problems) {
    if (c.name() == null || c.name().isBlank()) {
      problems.add(new org.institute.core.Violation("name", "cohort.name.required"));
    } else if (c.name().trim().length() > NAME_LENGTH) {
      problems.add(new org.institute.core.Violation("name", "field.tooLong"));
    }
    BilingualText.checkChinese(c.nameZh(), "nameZh", NAME_LENGTH, problems);
    if (c.capacity() == null || c.capacity() < 1 || c.capacity() > 10_000) {
      problems.add(new org.institute.core.Violation("capacity", "cohort.capacity.invalid"));
    }
    if (c.startsOn() == null) {
      problems.add(new org.institute.core.Violation("startsOn", "date.invalid"));
    }
    if (c.endsOn() == null) {
      problems.add(new org.institute.core.Violation("endsOn", "date.invalid"));
    } else if (c.startsOn() != null && c.endsOn().isBefore(c.startsOn())) {
      problems.add(new org.institute.core.Violation("endsOn", "cohort.endsBeforeStart"));
    }
    if (c.applicationsOpen() == null) {
      problems.add(new org.institute.core.Violation("applicationsOpen", "date.invalid"));
    }
    if (c.applicationsClose() == null) {
      problems.add(new org.institute.core.Violation("applicationsClose", "date.invalid"));
    } else if (c.applicationsOpen() != null
        && c.applicationsClose().isBefore(c.applicationsOpen())) {
      problems.add(new org.institute.core.Violation("applicationsClose", "cohort.windowReversed"));
    } else if (c.endsOn() != null && c.applicationsClose().isAfter(c.endsOn())) {
      problems.add(new org.institute.core.Violation("applicationsClose", "cohort.windowAfterEnd"));
    }
    if (c.fee() != null && (c.fee().isNegative() || c.fee().isZero())) {
      problems.add(new org.institute.core.Violation("fee", "cohort.fee.invalid"));
    }
  }

  /** Throws unless {@link #checkDates} finds nothing. */
  public static void requireValid(NewCohort c) {
    java.util.List<org.institute.core.Violation> problems = new java.util.ArrayList<>();
    checkDates(c, problems);
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
  }

  /** Sets how many placements an internship intake aims for (1 to 10,000). */
  public void aimForPlacements(Integer target) {
    if (target == null || target < 1 || target > 10_000) {
      throw InvalidCommandException.of("target", "cohort.target.invalid");
    }
    this.placementTarget = target;
  }

  public int placementTarget() {
    return placementTarget == null ? capacity : placementTarget;
  }

  public Long id() {
    return id;
  }

  public long programmeId() {
    return programmeId;
  }

  public String name() {
    return name;
  }

  /** The name in both languages (the Chinese one optional). */
  public BilingualText names() {
    return BilingualText.of(name, nameZh);
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public LocalDate applicationsOpen() {
    return applicationsOpen;
  }

  public LocalDate applicationsClose() {
    return applicationsClose;
  }

  public int capacity() {
    return capacity;
  }

  public Optional<Money> fee() {
    return feeAmount == null
        ? Optional.empty()
        : Optional.of(Money.of(feeAmount, Currency.getInstance(feeCurrency)));
  }

  public CohortStatus status() {
    return status;
  }

  public int enrolledCount() {
    return enrolledCount;
  }

  /** Waitlist tickets handed out so far: the last ticket's number. */
  public long waitlistTicketsIssued() {
    return waitlistTickets;
  }

  /**
   * The waitlist ticket the latest claim of a place took, 0 for a seat: meaningful only to the
   * transaction that made that claim and still holds the row.
   */
  public long lastClaimTicket() {
    return lastClaimTicket;
  }

  /** How many enrolments wait for a seat. */
  public int waitlistLength() {
    return waitlistLength;
  }

  public int seatsLeft() {
    return capacity - enrolledCount;
  }
}
