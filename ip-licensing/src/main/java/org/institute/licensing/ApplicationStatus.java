package org.institute.licensing;

/** The life of one patent application in one jurisdiction. */
public enum ApplicationStatus {
  DRAFTING,
  FILED,
  PUBLISHED,
  GRANTED,
  LAPSED,
  ABANDONED
}
