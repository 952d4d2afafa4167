package org.institute.talent.domain;

import java.time.LocalDate;
import java.util.List;

/** What a certificate's paper says, in English and Chinese, and where its code can be checked. */
public record CertificateContent(
    String holderLatin,
    String holderZh,
    String programmeEn,
    String programmeZh,
    String cohortName,
    LocalDate startsOn,
    LocalDate endsOn,
    List<String> issuersEn,
    List<String> issuersZh,
    LocalDate issuedOn,
    String code,
    String verificationUrl) {}
