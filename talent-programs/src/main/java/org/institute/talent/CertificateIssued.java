package org.institute.talent;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A certificate was issued on completion: its verification code, the enrolment, cohort and holder
 * it belongs to, the date of issue, the public address where anyone may check it and the address of
 * its signed credential. Published inside the transaction that completed the enrolment.
 */
public record CertificateIssued(
    String code,
    long enrolmentId,
    long cohortId,
    long participantId,
    LocalDate issuedOn,
    String verificationUrl,
    String credentialUrl)
    implements Serializable {}
