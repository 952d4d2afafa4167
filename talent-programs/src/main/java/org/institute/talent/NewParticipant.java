package org.institute.talent;

import java.io.Serializable;

/**
 * A person to register as participant. One person is one record across cohorts: the e-mail and the
 * NTU matriculation number (for NTU students, such as U2012345A) are each unique.
 */
public record NewParticipant(
    String nameLatin,
    String nameZh,
    String email,
    String organisation,
    String matriculationNumber,
    String nationality)
    implements Serializable {}
