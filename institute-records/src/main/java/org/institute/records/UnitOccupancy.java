package org.institute.records;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A unit of the headquarters on a date: allocated whole while an allocation of it covers the date,
 * free otherwise. The space summary's figures are the sums of these.
 */
public record UnitOccupancy(LocalDate date, SpaceUnitView unit, int allocatedSqm)
    implements Serializable {

  public int freeSqm() {
    return unit.areaSqm() - allocatedSqm;
  }
}
