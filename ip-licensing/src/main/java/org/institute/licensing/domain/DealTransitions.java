package org.institute.licensing.domain;

import static org.institute.licensing.DealState.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealState;

/**
 * The workflow's table: from which states each action may start. Who may take it and what state
 * follows are decided by {@link LicenceDeal}; this table is the single place that says which moves
 * exist at all (docs/decisions/0010-licence-deal-workflow.md).
 */
public final class DealTransitions {

  private static final Map<DealAction, Set<DealState>> FROM = new EnumMap<>(DealAction.class);

  static {
    FROM.put(DealAction.CREATE, EnumSet.noneOf(DealState.class));
    FROM.put(DealAction.REVISE, EnumSet.of(DRAFT, CHANGES_REQUESTED));
    FROM.put(DealAction.SUBMIT, EnumSet.of(DRAFT, CHANGES_REQUESTED));
    FROM.put(DealAction.CONSENT, EnumSet.of(SUBMITTED, CONSENTS_PENDING));
    // from SUBMITTED only when no co-owner's consent is needed (checked by the deal)
    FROM.put(DealAction.APPROVE, EnumSet.of(SUBMITTED, UNDER_REVIEW));
    FROM.put(DealAction.REJECT, EnumSet.of(SUBMITTED, CONSENTS_PENDING, UNDER_REVIEW));
    FROM.put(DealAction.REQUEST_CHANGES, EnumSet.of(SUBMITTED, CONSENTS_PENDING, UNDER_REVIEW));
    FROM.put(DealAction.EXECUTE, EnumSet.of(APPROVED));
    FROM.put(DealAction.ACTIVATE, EnumSet.of(EXECUTED));
    FROM.put(DealAction.TERMINATE, EnumSet.of(EXECUTED, ACTIVE));
    FROM.put(DealAction.EXPIRE, EnumSet.of(ACTIVE));
  }

  private DealTransitions() {}

  /** Whether the workflow has the move from the state; false for actions that move nothing. */
  public static boolean allowed(DealAction action, DealState from) {
    return FROM.getOrDefault(action, Set.of()).contains(from);
  }

  public static Set<DealState> from(DealAction action) {
    Set<DealState> states = FROM.getOrDefault(action, Set.of());
    return states.isEmpty() ? EnumSet.noneOf(DealState.class) : EnumSet.copyOf(states);
  }

  /** The actions the workflow offers in a state, whoever the actor. */
  public static Set<DealAction> actionsFrom(DealState state) {
    Set<DealAction> actions = EnumSet.noneOf(DealAction.class);
    FROM.forEach(
        (action, states) -> {
          if (states.contains(state)) {
            actions.add(action);
          }
        });
    return actions;
  }
}
