package org.institute.talent;

/** The field of an internship position. */
public enum InternshipField {
  BIG_DATA,
  ARTIFICIAL_INTELLIGENCE,
  SOFTWARE,
  SMART_MOBILITY,
  BIOTECHNOLOGY,
  OTHER
}
