package org.institute.partners;

/** What a partner does for the institute. A partner may hold several roles at once. */
public enum PartnerRole {
  CO_FOUNDER,
  FUNDER,
  /** Hosts the Chongqing base with NTU (the Yubei District People's Government). */
  CHONGQING_BASE_HOST,
  LICENSEE,
  INTERNSHIP_HOST,
  /** Runs a joint research centre with the institute. */
  INDUSTRY_PARTNER
}
