package org.institute.talent.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a certificate's paper says, in English and Chinese, and where its code can be checked. The
 * Chinese texts ({@code holderZh}, {@code programmeZh}, {@code cohortNameZh}) may be missing.
 */
public record CertificateContent(
    String holderLatin,
    String holderZh,
    String programmeEn,
    String programmeZh,
    String cohortName,
    String cohortNameZh,
    LocalDate startsOn,
    LocalDate endsOn,
    List<String> issuersEn,
    List<String> issuersZh,
    LocalDate issuedOn,
    String code,
    String verificationUrl) {}
