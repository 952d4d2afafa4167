package org.institute.talent;

/** A participant record. */
public record ParticipantView(
    long id,
    String nameLatin,
    String nameZh,
    String email,
    String organisation,
    String matriculationNumber,
    String nationality) {}
