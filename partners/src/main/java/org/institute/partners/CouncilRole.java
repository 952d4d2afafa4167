package org.institute.partners;

/** A seat on the Governing Council. */
public enum CouncilRole {
  CO_CHAIR,
  MEMBER,
  SECRETARY,
  OBSERVER
}
