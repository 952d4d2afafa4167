package org.institute.talent.domain;

import java.util.List;
import java.util.Optional;
import org.institute.core.Scope;

public interface InternshipRepository {
  Optional<Position> position(long id);

  /** The position, locked until the transaction ends, so offers cannot exceed its places. */
  Optional<Position> lockPosition(long id);

  void add(Position position);

  Optional<Placement> placement(long id);

  Optional<Placement> placement(long positionId, long participantId);

  void add(Placement placement);

  /** Placements of the position holding a place (offered, accepted, completed). */
  long placesTaken(long positionId);

  /** Whether the student holds an accepted or completed placement in the intake. */
  boolean placedInIntake(long cohortId, long participantId);

  /** A position with its counts. */
  record PositionRow(Position position, long taken, long applications) {}

  /** The intake's positions hosted by a partner in {@code hosts}. */
  List<PositionRow> positions(long cohortId, Scope hosts);

  /** A placement with its position and participant. */
  record PlacementRow(Placement placement, Position position, Participant participant) {}

  /** The intake's placements in positions hosted by a partner in {@code hosts}. */
  List<PlacementRow> placements(long cohortId, Scope hosts);

  long placed(long cohortId);
}
