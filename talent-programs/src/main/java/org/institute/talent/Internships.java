package org.institute.talent;

/**
 * The NTU-YDPG internship programme: positions at host companies, applications by NTU students,
 * placements and the hosts' evaluations. Coordinators and admins run it; staff of a host company
 * read its positions and placements and record evaluations; council members and auditors read.
 */
public interface Internships {

  InternshipBoard board(long cohortId);

  PositionView openPosition(NewPosition position);

  /** An NTU student applies (the coordinator records it). */
  PlacementView apply(long positionId, long participantId);

  /**
   * Moves a placement on: shortlisted, offered (within the places), accepted, completed, withdrawn.
   */
  PlacementView changeStatus(long placementId, PlacementStatus status);

  /** The host's mid-term or final evaluation: a rating from 1 to 5 and a comment. */
  PlacementView evaluate(long placementId, EvaluationKind kind, Integer rating, String comment);

  /** Sets how many placements the intake aims for. */
  InternshipBoard setTarget(long cohortId, Integer target);
}
