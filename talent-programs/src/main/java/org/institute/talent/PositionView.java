package org.institute.talent;

import java.io.Serializable;
import java.time.LocalDate;

/** A position with its host and how many places are taken (offered, accepted or completed). */
public record PositionView(
    long id,
    long cohortId,
    PartnerRef host,
    String title,
    InternshipField field,
    LocalDate startsOn,
    LocalDate endsOn,
    int places,
    long placesTaken,
    long applications)
    implements Serializable {}
