package org.institute.talent;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** An issued certificate as coordinators see it. */
public record CertificateView(
    String code,
    long enrolmentId,
    long cohortId,
    String holderLatin,
    String holderZh,
    String programmeEn,
    String programmeZh,
    LocalDate issuedOn,
    boolean revoked,
    Instant revokedAt,
    String revokeReason)
    implements Serializable {}
