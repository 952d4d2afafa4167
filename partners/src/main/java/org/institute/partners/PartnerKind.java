package org.institute.partners;

/** What sort of organisation a partner is. */
public enum PartnerKind {
  UNIVERSITY,
  GOVERNMENT_BODY,
  STATE_OWNED_COMPANY,
  PRIVATE_COMPANY,
  OTHER;

  public boolean isCompany() {
    return this == STATE_OWNED_COMPANY || this == PRIVATE_COMPANY;
  }
}
