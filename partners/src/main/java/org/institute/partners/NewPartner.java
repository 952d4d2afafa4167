package org.institute.partners;

/** What it takes to register a partner. */
public record NewPartner(
    String code, String nameEn, String nameZh, PartnerKind kind, String country, String city) {}
