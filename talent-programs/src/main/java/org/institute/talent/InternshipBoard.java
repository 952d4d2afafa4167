package org.institute.talent;

import java.io.Serializable;
import java.util.List;

/**
 * An intake of the internship programme: its positions, its placements, and placements against the
 * target (accepted or completed placements; the target defaults to the intake's capacity).
 */
public record InternshipBoard(
    CohortView intake,
    int target,
    long placed,
    List<PositionView> positions,
    List<PlacementView> placements)
    implements Serializable {

  public int placedPercent() {
    return target == 0 ? 100 : (int) Math.min(100, placed * 100 / target);
  }
}
