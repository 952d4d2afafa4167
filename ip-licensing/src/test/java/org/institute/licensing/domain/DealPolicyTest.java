package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.domain.Deals.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.licensing.ApprovalNeeds;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The steps {@link DealPolicy} offers are exactly the steps the deal then takes: for every state,
 * every actor and every step a person may take, the offered step succeeds and every other step is
 * refused (as forbidden or as a conflict) without changing the deal.
 */
class DealPolicyTest {

  private static final List<Actor> ACTORS =
      List.of(NTU_STAFF, SCUT_STAFF, GKC_STAFF, LICENSEE_STAFF, ADMIN, ADMIN2, Actor.system());

  private static final Set<DealAction> STEPS =
      EnumSet.of(
          DealAction.REVISE,
          DealAction.SUBMIT,
          DealAction.CONSENT,
          DealAction.APPROVE,
          DealAction.REJECT,
          DealAction.REQUEST_CHANGES,
          DealAction.EXECUTE,
          DealAction.TERMINATE);

  static Stream<Arguments> everyStepOfEveryActorInEveryState() {
    List<Arguments> all = new ArrayList<>();
    for (DealState state : DealState.values()) {
      for (Actor actor : ACTORS) {
        for (DealAction step : STEPS) {
          all.add(Arguments.of(state, actor, step));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{2} by {1} from {0}")
  @MethodSource("everyStepOfEveryActorInEveryState")
  void anOfferedStepSucceedsAndAnyOtherIsRefused(DealState state, Actor actor, DealAction step) {
    LicenceDeal deal = Deals.in(state);
    boolean offered = DealPolicy.allowed(actor, deal).contains(step);
    int events = deal.events().size();

    if (offered) {
      take(step, actor, deal);
      assertThat(deal.events()).hasSize(events + 1);
    } else {
      assertThatThrownBy(() -> take(step, actor, deal))
          .isInstanceOfAny(AccessRefusedException.class, ConflictException.class);
      assertThat(deal.state()).isEqualTo(state);
      assertThat(deal.events()).hasSize(events);
    }
  }

  @Test
  void theSubmitterIsNeverOfferedTheApprovalOfTheirOwnDeal() {
    LicenceDeal deal = LicenceDeal.draft(ADMIN, terms("SGD", "100000"), Set.of(NTU), NOW);
    deal.submit(ADMIN, ApprovalNeeds.admins(1), SUBMITTED_ON, NOW, null);
    deal.consent(NTU_STAFF, NOW, null);

    assertThat(DealPolicy.allowed(ADMIN, deal)).doesNotContain(DealAction.APPROVE);
    assertThat(DealPolicy.allowed(ADMIN2, deal)).contains(DealAction.APPROVE);
  }

  @Test
  void anAdminWhoApprovedIsNotOfferedASecondApproval() {
    LicenceDeal deal = threeOwnerDraft();
    deal.submit(NTU_STAFF, ApprovalNeeds.admins(2), SUBMITTED_ON, NOW, null);
    deal.consent(SCUT_STAFF, NOW, null);
    deal.consent(GKC_STAFF, NOW, null);
    deal.approve(ADMIN, NOW, null, null);

    assertThat(DealPolicy.allowed(ADMIN, deal)).doesNotContain(DealAction.APPROVE);
    assertThat(DealPolicy.allowed(ADMIN2, deal)).contains(DealAction.APPROVE);
  }

  @Test
  void paymentsAreOfferedToTheLicensorSideOnceTheDealIsSigned() {
    for (DealState state : DealState.values()) {
      LicenceDeal deal = Deals.in(state);
      boolean signed = state.acceptsPayments();
      assertThat(DealPolicy.allowed(NTU_STAFF, deal).contains(DealAction.RECORD_PAYMENT))
          .as(state.name())
          .isEqualTo(signed);
      assertThat(DealPolicy.allowed(ADMIN, deal).contains(DealAction.RECORD_PAYMENT))
          .isEqualTo(signed);
      assertThat(DealPolicy.allowed(LICENSEE_STAFF, deal))
          .doesNotContain(DealAction.RECORD_PAYMENT);
      if (signed) {
        assertThatThrownBy(
                () -> DealPolicy.require(DealAction.RECORD_PAYMENT, LICENSEE_STAFF, deal))
            .isInstanceOf(AccessRefusedException.class);
      } else {
        assertThatThrownBy(() -> DealPolicy.require(DealAction.RECORD_PAYMENT, NTU_STAFF, deal))
            .isInstanceOf(ConflictException.class);
      }
    }
  }

  @Test
  void nobodyIsOfferedTheSystemsStepsOrCreation() {
    for (DealState state : DealState.values()) {
      for (Actor actor : ACTORS) {
        assertThat(DealPolicy.allowed(actor, Deals.in(state)))
            .doesNotContain(DealAction.CREATE, DealAction.ACTIVATE, DealAction.EXPIRE);
      }
    }
  }

  private static void take(DealAction step, Actor actor, LicenceDeal deal) {
    switch (step) {
      case REVISE -> deal.revise(actor, terms("SGD", "120000"), Set.of(NTU, SCUT, GKC), NOW);
      case SUBMIT -> deal.submit(actor, ApprovalNeeds.admins(1), SUBMITTED_ON, NOW, null);
      case CONSENT -> deal.consent(actor, NOW, "agreed");
      case APPROVE -> deal.approve(actor, NOW, "approved", null);
      case REJECT -> deal.reject(actor, NOW, "no");
      case REQUEST_CHANGES -> deal.requestChanges(actor, NOW, "change the territory");
      case EXECUTE -> deal.execute(actor, SIGNED_ON, 5L, SIGNED_ON, NOW, null);
      case TERMINATE -> deal.terminate(actor, NOW, "breach");
      default -> throw new IllegalArgumentException(step.name());
    }
  }
}
