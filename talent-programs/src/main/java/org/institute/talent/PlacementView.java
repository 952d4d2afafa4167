package org.institute.talent;

import java.io.Serializable;

/** An application or placement of an NTU student in a position, with the host's evaluations. */
public record PlacementView(
    long id,
    long positionId,
    String positionTitle,
    String hostCode,
    long participantId,
    String nameLatin,
    String nameZh,
    String matriculationNumber,
    PlacementStatus status,
    Integer midTermRating,
    String midTermComment,
    Integer finalRating,
    String finalComment)
    implements Serializable {}
