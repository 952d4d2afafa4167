package org.institute.records;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The headquarters on a date: the building's area, the area divided into units, and per use the
 * units' area, the part allocated on that date and the part free.
 */
public record SpaceSummary(
    LocalDate date,
    String building,
    int buildingSqm,
    int unitsSqm,
    int allocatedSqm,
    int freeSqm,
    List<UseArea> uses)
    implements Serializable {
  public SpaceSummary {
    uses = List.copyOf(uses);
  }

  /** One use's share of the units on the date. */
  public record UseArea(SpaceUse use, int unitsSqm, int allocatedSqm, int freeSqm)
      implements Serializable {
    /** Allocated share in whole percent, for bars. */
    public int allocatedPercent() {
      return unitsSqm == 0 ? 0 : (int) Math.round(allocatedSqm * 100.0 / unitsSqm);
    }
  }
}
