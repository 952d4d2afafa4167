package org.institute.talent;

/** The host's evaluations of an intern. */
public enum EvaluationKind {
  MID_TERM,
  FINAL
}
