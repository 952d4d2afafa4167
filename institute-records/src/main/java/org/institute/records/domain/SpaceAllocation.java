package org.institute.records.domain;

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
import org.institute.core.InvalidCommandException;
import org.institute.records.AllocationView;
import org.institute.records.OccupantKind;

/** A unit allocated to an occupant for a period; made only by {@link SpaceUnit#allocate}. */
@Entity
@Table(name = "rec_space_allocation")
public class SpaceAllocation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Null only before the unit itself is stored, as in domain tests. */
  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Enumerated(EnumType.STRING)
  @Column(name = "occupant_kind", nullable = false, length = 16)
  private OccupantKind occupantKind;

  @Column(name = "occupant_id", nullable = false)
  private long occupantId;

  @Column(name = "from_date", nullable = false)
  private LocalDate from;

  @Column(name = "to_date")
  private LocalDate to;

  @Column(length = 500)
  private String note;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected SpaceAllocation() {}

  SpaceAllocation(Long unitId, Allocatee occupant, Period period, String note, Instant now) {
    this.unitId = unitId;
    this.occupantKind = occupant.kind();
    this.occupantId = occupant.id();
    this.from = period.from();
    this.to = period.to();
    this.note = note;
    this.createdAt = now;
  }

  /**
   * Ends the allocation on {@code lastDay}: not before it began, and never later than it was to end
   * (lengthening could overlap the next allocation; that is a new allocation).
   */
  public void endOn(LocalDate lastDay) {
    if (lastDay == null) {
      throw InvalidCommandException.of("lastDay", "field.required");
    }
    if (lastDay.isBefore(from)) {
      throw InvalidCommandException.of("lastDay", "space.allocation.endBeforeStart");
    }
    if (to != null && lastDay.isAfter(to)) {
      throw InvalidCommandException.of("lastDay", "space.allocation.endAfterEnd");
    }
    this.to = lastDay;
  }

  public Period period() {
    return new Period(from, to);
  }

  public AllocationView view(SpaceUnit unit, String occupantName) {
    return new AllocationView(
        id,
        unitId,
        unit.code(),
        unit.areaSqm(),
        occupantKind,
        occupantId,
        occupantName,
        from,
        to,
        note,
        version);
  }

  public Long id() {
    return id;
  }

  public Long unitId() {
    return unitId;
  }

  public Allocatee occupant() {
    return new Allocatee(occupantKind, occupantId);
  }

  public long version() {
    return version;
  }
}
