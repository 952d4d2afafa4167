package org.institute.talent;

import java.io.Serializable;
import java.util.List;

/**
 * The fields of an Open Badges credential as a reader sees them; any may be {@code null} when a
 * credential does not carry it.
 */
public record CredentialFields(
    String credentialId,
    String issuerId,
    String issuerName,
    String holderLatin,
    String holderZh,
    String emailHash,
    String achievementName,
    String achievementNameZh,
    String cohort,
    String startDate,
    String endDate,
    String hours,
    List<String> deliveryModes,
    String criteria,
    String validFrom,
    String validUntil,
    String statusListCredential,
    String statusListIndex)
    implements Serializable {}
