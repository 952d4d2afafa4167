package org.institute.talent;

import java.io.Serializable;
import java.time.LocalDate;

/** An internship position at a host company in an intake of the internship programme. */
public record NewPosition(
    long cohortId,
    long hostPartnerId,
    String title,
    InternshipField field,
    LocalDate startsOn,
    LocalDate endsOn,
    Integer places)
    implements Serializable {}
