package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.institute.licensing.domain.Deals.GKC;
import static org.institute.licensing.domain.Deals.LICENSEE;
import static org.institute.licensing.domain.Deals.NOW;
import static org.institute.licensing.domain.Deals.NTU;
import static org.institute.licensing.domain.Deals.NTU_STAFF;
import static org.institute.licensing.domain.Deals.SCUT;

import java.util.Set;
import org.institute.licensing.DealState;
import org.junit.jupiter.api.Test;

/**
 * The parties' rows of a deal (decision 0110): one per licensee and licensor, each with the deal's
 * state and last change, whatever changed it.
 */
class DealPartiesTest {

  private static void equalToTheDeal(LicenceDeal deal, Long... partners) {
    assertThat(deal.parties()).containsOnlyKeys(partners);
    deal.parties()
        .values()
        .forEach(
            p -> {
              assertThat(p.state()).isEqualTo(deal.state());
              assertThat(p.updatedAt())
                  .isEqualTo(deal.parties().values().iterator().next().updatedAt());
            });
  }

  @Test
  void aDraftHasARowForItsLicenseeAndEachLicensor() {
    equalToTheDeal(Deals.threeOwnerDraft(), LICENSEE, NTU, SCUT, GKC);
  }

  @Test
  void everyTransitionCarriesTheNewStateAndTimeToEveryParty() {
    for (DealState state : DealState.values()) {
      LicenceDeal deal = Deals.in(state);
      equalToTheDeal(deal, deal.parties().keySet().toArray(Long[]::new));
      assertThat(deal.parties()).containsKey(LICENSEE);
      assertThat(deal.parties().keySet()).containsAll(deal.licensorIds());
      assertThat(deal.parties()).hasSize(deal.licensorIds().size() + 1);
    }
  }

  @Test
  void aRevisionThatDropsALicensorDropsItsRow() {
    LicenceDeal deal = Deals.threeOwnerDraft();

    deal.revise(NTU_STAFF, Deals.terms("SGD", "1000"), Set.of(NTU), NOW.plusSeconds(60));

    equalToTheDeal(deal, LICENSEE, NTU);
    assertThat(deal.parties().get(NTU).updatedAt()).isEqualTo(NOW.plusSeconds(60));
  }
}
