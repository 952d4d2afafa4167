package org.institute.talent;

import java.io.Serializable;
import java.time.LocalDate;
import org.institute.core.Money;

/**
 * What a coordinator may change on an open cohort: its names in both languages, its dates, its
 * application window, its capacity and its fee (empty for a free cohort). Its status changes on its
 * own ({@link Programmes#changeStatus}).
 */
public record CohortChanges(
    String name,
    String nameZh,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate applicationsOpen,
    LocalDate applicationsClose,
    Integer capacity,
    Money fee)
    implements Serializable {

  /** The same values as a cohort to open, for the rules both share. */
  public NewCohort asNew(long programmeId, CohortStatus status) {
    return new NewCohort(
        programmeId,
        name,
        nameZh,
        startsOn,
        endsOn,
        applicationsOpen,
        applicationsClose,
        capacity,
        fee,
        status);
  }
}
