package org.institute.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.institute.core.InvalidCommandException;

/**
 * The headquarters building. It keeps the running total of its units' areas, so that adding a unit
 * checks and raises that total under a lock on this one row: two admins adding units at once cannot
 * together exceed the building's area.
 */
@Entity
@Table(name = "rec_space_building")
public class SpaceBuilding {

  @Id private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "area_sqm", nullable = false)
  private int areaSqm;

  @Column(name = "units_sqm", nullable = false)
  private int unitsSqm;

  @Version private long version;

  protected SpaceBuilding() {}

  public SpaceBuilding(long id, String name, int areaSqm, int unitsSqm) {
    this.id = id;
    this.name = name;
    this.areaSqm = areaSqm;
    this.unitsSqm = unitsSqm;
  }

  /** Makes room for a new unit, refusing when the units would exceed the building's area. */
  public void reserve(int unitSqm) {
    if (unitSqm <= 0) {
      throw InvalidCommandException.of("areaSqm", "field.outOfRange");
    }
    if ((long) unitsSqm + unitSqm > areaSqm) {
      throw InvalidCommandException.of("areaSqm", "space.unit.exceedsBuilding");
    }
    unitsSqm += unitSqm;
  }

  public int areaSqm() {
    return areaSqm;
  }

  public int unitsSqm() {
    return unitsSqm;
  }

  public int freeForUnitsSqm() {
    return areaSqm - unitsSqm;
  }

  public String name() {
    return name;
  }
}
