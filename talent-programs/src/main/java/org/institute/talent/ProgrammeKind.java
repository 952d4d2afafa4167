package org.institute.talent;

/** What sort of programme the Chongqing base runs. */
public enum ProgrammeKind {
  /** The joint MiniMasters in technopreneurship, hybrid between Singapore and Chongqing. */
  MINIMASTERS,
  /** Short courses that groom entrepreneurial leaders for western China. */
  CERTIFICATION_COURSE,
  /** The NTU-YDPG internship programme at tech companies in Yubei. */
  INTERNSHIP_PROGRAMME
}
