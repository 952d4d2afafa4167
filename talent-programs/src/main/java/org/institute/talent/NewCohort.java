package org.institute.talent;

import java.io.Serializable;
import java.time.LocalDate;
import org.institute.core.Money;

/**
 * A cohort (intake) to open in a programme; {@code fee} is empty for free cohorts. Its name is in
 * English ({@code name}) and optionally in Chinese ({@code nameZh}).
 */
public record NewCohort(
    long programmeId,
    String name,
    String nameZh,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate applicationsOpen,
    LocalDate applicationsClose,
    Integer capacity,
    Money fee,
    CohortStatus status)
    implements Serializable {}
