package org.institute.talent;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** An application or placement of an NTU student in a position, with the host's evaluations. */
public record PlacementView(
    long id,
    long positionId,
    String positionTitle,
    String hostCode,
    long participantId,
    String nameLatin,
    String nameZh,
    String matriculationNumber,
    PlacementStatus status,
    Integer midTermRating,
    String midTermComment,
    Integer finalRating,
    String finalComment,
    Set<PlacementAction> allowedActions)
    implements Serializable {

  public PlacementView {
    allowedActions = Actions.copy(allowedActions);
  }

  /** Whether the caller may take this action on the placement. */
  public boolean allows(PlacementAction action) {
    return allowedActions.contains(action);
  }

  /** The statuses the caller may move the placement to, in the order of the steps. */
  public List<PlacementStatus> moves() {
    return allowedActions.stream().flatMap(a -> a.leadsTo().stream()).toList();
  }
}
