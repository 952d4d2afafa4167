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
import java.util.Collection;
import org.institute.core.ConflictException;
import org.institute.records.SpaceUnitView;
import org.institute.records.SpaceUse;

/**
 * A unit of the headquarters. Allocating it first locks this row, so that the check for overlapping
 * allocations and the new allocation happen as one step, whoever else allocates at the same time.
 */
@Entity
@Table(name = "rec_space_unit")
public class SpaceUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "building_id", nullable = false)
  private long buildingId;

  @Column(nullable = false, length = 16, unique = true)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "area_sqm", nullable = false)
  private int areaSqm;

  @Enumerated(EnumType.STRING)
  @Column(name = "space_use", nullable = false, length = 16)
  private SpaceUse use;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected SpaceUnit() {}

  public SpaceUnit(
      long buildingId, String code, String name, int areaSqm, SpaceUse use, Instant now) {
    this.buildingId = buildingId;
    this.code = code;
    this.name = name;
    this.areaSqm = areaSqm;
    this.use = use;
    this.createdAt = now;
  }

  /**
   * A new allocation of this unit for {@code period}, refused when any of {@code existing} (this
   * unit's allocations) shares a day with it.
   */
  public SpaceAllocation allocate(
      Collection<SpaceAllocation> existing,
      Allocatee occupant,
      Period period,
      String note,
      Instant now) {
    for (SpaceAllocation other : existing) {
      if (other.period().overlaps(period)) {
        throw new ConflictException("space.allocation.overlaps");
      }
    }
    return new SpaceAllocation(id, occupant, period, note, now);
  }

  public SpaceUnitView view() {
    return new SpaceUnitView(id, code, name, areaSqm, use, version);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public int areaSqm() {
    return areaSqm;
  }

  public SpaceUse use() {
    return use;
  }
}
