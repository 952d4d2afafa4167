package org.institute.talent;

import java.io.Serializable;

/** A participant record. */
public record ParticipantView(
    long id,
    String nameLatin,
    String nameZh,
    String email,
    String organisation,
    String matriculationNumber,
    String nationality)
    implements Serializable {}
