package org.institute.talent;

import java.io.Serializable;

/**
 * What a coordinator may change on a registered programme: its titles and descriptions in both
 * languages, who may enrol, and its completion rule. The code, kind and owners stay as registered
 * (they name the programme to partners and decide who reads it).
 */
public record ProgrammeChanges(
    String titleEn,
    String titleZh,
    String descriptionEn,
    String descriptionZh,
    Eligibility eligibility,
    Integer minAttendancePercent,
    Boolean assessmentRequired)
    implements Serializable {}
