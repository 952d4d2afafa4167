package org.institute.records;

/** An institute R&D centre for an emerging industry, or a joint research centre with industry. */
public enum CentreKind {
  RD_CENTRE,
  JOINT_RESEARCH_CENTRE
}
