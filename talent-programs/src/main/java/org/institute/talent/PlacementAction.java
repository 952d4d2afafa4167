package org.institute.talent;

import java.util.Optional;

/** What the caller may do to one placement ({@link PlacementView#allowedActions()}). */
public enum PlacementAction {
  SHORTLIST(PlacementStatus.SHORTLISTED),
  OFFER(PlacementStatus.OFFERED),
  ACCEPT(PlacementStatus.ACCEPTED),
  COMPLETE(PlacementStatus.COMPLETED),
  WITHDRAW(PlacementStatus.WITHDRAWN),
  /** Record the host's mid-term or final evaluation. */
  EVALUATE(null);

  private final PlacementStatus leadsTo;

  PlacementAction(PlacementStatus leadsTo) {
    this.leadsTo = leadsTo;
  }

  /** The status a move leads to; empty for actions that are not a move. */
  public Optional<PlacementStatus> leadsTo() {
    return Optional.ofNullable(leadsTo);
  }

  /** The action that moves a placement to {@code status}. */
  public static PlacementAction movingTo(PlacementStatus status) {
    for (PlacementAction a : values()) {
      if (a.leadsTo == status) {
        return a;
      }
    }
    throw new IllegalArgumentException("no move to " + status);
  }
}
