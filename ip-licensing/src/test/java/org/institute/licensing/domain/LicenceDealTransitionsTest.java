package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.DealState.*;
import static org.institute.licensing.domain.Deals.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.institute.core.ConflictException;
import org.institute.licensing.ApprovalNeeds;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every action from every state, by an actor who would be allowed to take it: the move succeeds
 * exactly where the expected table below (written independently of {@link DealTransitions}) says
 * so, and a refused move changes nothing.
 */
class LicenceDealTransitionsTest {

  /** action -> (from state -> resulting state), for the three-owner deal of {@link Deals#in}. */
  private static final Map<DealAction, Map<DealState, DealState>> EXPECTED =
      new EnumMap<>(DealAction.class);

  static {
    put(DealAction.REVISE, DRAFT, DRAFT, CHANGES_REQUESTED, CHANGES_REQUESTED);
    put(DealAction.SUBMIT, DRAFT, SUBMITTED, CHANGES_REQUESTED, SUBMITTED);
    put(DealAction.CONSENT, SUBMITTED, CONSENTS_PENDING, CONSENTS_PENDING, UNDER_REVIEW);
    put(DealAction.APPROVE, UNDER_REVIEW, APPROVED);
    put(DealAction.REJECT, SUBMITTED, REJECTED, CONSENTS_PENDING, REJECTED, UNDER_REVIEW, REJECTED);
    put(
        DealAction.REQUEST_CHANGES,
        SUBMITTED,
        CHANGES_REQUESTED,
        CONSENTS_PENDING,
        CHANGES_REQUESTED,
        UNDER_REVIEW,
        CHANGES_REQUESTED);
    put(DealAction.EXECUTE, APPROVED, EXECUTED);
    put(DealAction.ACTIVATE, EXECUTED, ACTIVE);
    put(DealAction.TERMINATE, EXECUTED, TERMINATED, ACTIVE, TERMINATED);
    put(DealAction.EXPIRE, ACTIVE, EXPIRED);
  }

  private static void put(DealAction action, DealState... fromTo) {
    Map<DealState, DealState> moves = new EnumMap<>(DealState.class);
    for (int i = 0; i < fromTo.length; i += 2) {
      moves.put(fromTo[i], fromTo[i + 1]);
    }
    EXPECTED.put(action, moves);
  }

  static Stream<Arguments> everyActionFromEveryState() {
    List<Arguments> all = new ArrayList<>();
    for (DealAction action : EXPECTED.keySet()) {
      for (DealState state : DealState.values()) {
        all.add(Arguments.of(action, state));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("everyActionFromEveryState")
  void actionSucceedsExactlyWhereTheWorkflowAllowsIt(DealAction action, DealState from) {
    LicenceDeal deal = Deals.in(from);
    int events = deal.events().size();
    DealState expected = EXPECTED.get(action).get(from);

    if (expected != null) {
      boolean acted = act(action, deal);
      assertThat(acted).isTrue();
      assertThat(deal.state()).isEqualTo(expected);
      assertThat(deal.events()).hasSize(events + 1);
      assertThat(deal.events().get(events).view().fromState()).isEqualTo(from);
      assertThat(deal.events().get(events).view().toState()).isEqualTo(expected);
    } else if (action == DealAction.ACTIVATE || action == DealAction.EXPIRE) {
      assertThat(act(action, deal)).isFalse();
      assertThat(deal.state()).isEqualTo(from);
      assertThat(deal.events()).hasSize(events);
    } else {
      assertThatThrownBy(() -> act(action, deal)).isInstanceOf(ConflictException.class);
      assertThat(deal.state()).isEqualTo(from);
      assertThat(deal.events()).hasSize(events);
    }
  }

  @Test
  void theTableOfTheDomainAgreesWithTheExpectedTable() {
    for (DealAction action : EXPECTED.keySet()) {
      Set<DealState> expected = EnumSet.noneOf(DealState.class);
      expected.addAll(EXPECTED.get(action).keySet());
      if (action == DealAction.APPROVE) {
        expected.add(SUBMITTED); // only without pending consents: see LicenceDealRulesTest
      }
      assertThat(DealTransitions.from(action)).as(action.name()).isEqualTo(expected);
    }
  }

  @Test
  void theActionsOfferedInAStateAreThoseAllowedFromIt() {
    assertThat(DealTransitions.actionsFrom(DRAFT))
        .containsExactlyInAnyOrder(DealAction.REVISE, DealAction.SUBMIT);
    for (DealState state : DealState.values()) {
      for (DealAction action : DealAction.values()) {
        assertThat(DealTransitions.actionsFrom(state).contains(action))
            .as(action + " from " + state)
            .isEqualTo(DealTransitions.allowed(action, state));
      }
    }
  }

  @Test
  void finalStatesOfferNoMove() {
    for (DealState state : List.of(REJECTED, TERMINATED, EXPIRED)) {
      assertThat(state.isFinal()).isTrue();
      assertThat(DealTransitions.actionsFrom(state)).isEmpty();
    }
  }

  private static boolean act(DealAction action, LicenceDeal deal) {
    switch (action) {
      case REVISE -> deal.revise(NTU_STAFF, terms("SGD", "120000"), Set.of(NTU, SCUT, GKC), NOW);
      case SUBMIT -> deal.submit(NTU_STAFF, ApprovalNeeds.admins(1), SUBMITTED_ON, NOW, null);
      case CONSENT -> deal.consent(SCUT_STAFF, NOW, "agreed");
      case APPROVE -> deal.approve(ADMIN2, NOW, "approved", null);
      case REJECT -> deal.reject(ADMIN, NOW, "no");
      case REQUEST_CHANGES -> deal.requestChanges(ADMIN, NOW, "change the territory");
      case EXECUTE -> deal.execute(NTU_STAFF, SIGNED_ON, 5L, SIGNED_ON, NOW, null);
      case ACTIVATE -> {
        return deal.activateIfDue(TERM_START, NOW);
      }
      case TERMINATE -> deal.terminate(ADMIN, NOW, "breach");
      case EXPIRE -> {
        return deal.expireIfDue(TERM_END.plusDays(1), NOW);
      }
      default -> throw new IllegalArgumentException(action.name());
    }
    return true;
  }
}
