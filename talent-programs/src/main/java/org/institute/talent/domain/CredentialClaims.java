package org.institute.talent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a certificate's signed credential says: who issued it to whom for what, when, and where its
 * revocation status is published. The holder is named in both scripts; the e-mail address appears
 * only as a salted hash.
 */
public record CredentialClaims(
    String code,
    String credentialId,
    IssuerProfile issuer,
    Instant validFrom,
    Instant validUntil,
    String holderLatin,
    String holderZh,
    String email,
    String salt,
    String achievementId,
    String programmeCode,
    String programmeEn,
    String programmeZh,
    String descriptionEn,
    String cohortName,
    LocalDate startsOn,
    LocalDate endsOn,
    int minutesOfInstruction,
    List<String> deliveryModes,
    CompletionRule rule,
    StatusSlot status,
    String statusListUrl) {}
