package org.institute.talent;

import java.io.Serializable;
import java.time.LocalDate;
import org.institute.core.Money;

/** A cohort (intake) to open in a programme; {@code fee} is empty for free cohorts. */
public record NewCohort(
    long programmeId,
    String name,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate applicationsOpen,
    LocalDate applicationsClose,
    Integer capacity,
    Money fee,
    CohortStatus status)
    implements Serializable {}
