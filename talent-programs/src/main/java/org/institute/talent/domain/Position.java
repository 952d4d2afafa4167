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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.talent.InternshipField;
import org.institute.talent.NewPosition;
import org.institute.talent.PlacementStatus;

/** An internship position at a host company. It never offers more places than it has. */
@Entity
@Table(name = "tal_position")
public class Position {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cohort_id", nullable = false)
  private long cohortId;

  @Column(name = "host_partner_id", nullable = false)
  private long hostPartnerId;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private InternshipField field;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(nullable = false)
  private int places;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Position() {}

  /** A position; refuses a missing title or field, reversed dates or a bad number of places. */
  public Position(NewPosition p, Instant now) {
    List<Violation> problems = new ArrayList<>();
    if (p.title() == null || p.title().isBlank()) {
      problems.add(new Violation("title", "position.title.required"));
    } else if (p.title().trim().length() > 200) {
      problems.add(new Violation("title", "field.tooLong"));
    }
    if (p.field() == null) {
      problems.add(new Violation("field", "position.field.required"));
    }
    if (p.startsOn() == null) {
      problems.add(new Violation("startsOn", "date.invalid"));
    }
    if (p.endsOn() == null) {
      problems.add(new Violation("endsOn", "date.invalid"));
    } else if (p.startsOn() != null && p.endsOn().isBefore(p.startsOn())) {
      problems.add(new Violation("endsOn", "cohort.endsBeforeStart"));
    }
    if (p.places() == null || p.places() < 1 || p.places() > 500) {
      problems.add(new Violation("places", "position.places.invalid"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    this.cohortId = p.cohortId();
    this.hostPartnerId = p.hostPartnerId();
    this.title = p.title().trim();
    this.field = p.field();
    this.startsOn = p.startsOn();
    this.endsOn = p.endsOn();
    this.places = p.places();
    this.createdAt = now;
  }

  /**
   * Moves a placement of this position to {@code next}. An offer needs a free place: {@code taken}
   * is the number of placements holding one now (the caller holds this position's lock).
   */
  public void move(Placement placement, PlacementStatus next, long taken, Instant now) {
    if (placement.positionId() != id) {
      throw new IllegalArgumentException(
          "placement " + placement.id() + " is not for position " + id);
    }
    if (next == PlacementStatus.OFFERED && taken >= places) {
      throw new ConflictException("position.full");
    }
    placement.moveTo(next, now);
  }

  public Long id() {
    return id;
  }

  public long cohortId() {
    return cohortId;
  }

  public long hostPartnerId() {
    return hostPartnerId;
  }

  public String title() {
    return title;
  }

  public InternshipField field() {
    return field;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public int places() {
    return places;
  }
}
