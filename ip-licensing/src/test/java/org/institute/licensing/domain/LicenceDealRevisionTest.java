package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.domain.Deals.GKC;
import static org.institute.licensing.domain.Deals.LICENSEE;
import static org.institute.licensing.domain.Deals.NOW;
import static org.institute.licensing.domain.Deals.NTU;
import static org.institute.licensing.domain.Deals.NTU_STAFF;
import static org.institute.licensing.domain.Deals.SCUT;
import static org.institute.licensing.domain.Deals.TERM_END;
import static org.institute.licensing.domain.Deals.TERM_START;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealTerms;
import org.institute.licensing.Exclusivity;
import org.junit.jupiter.api.Test;

/** A draft's terms as revised: every term replaced, and refused as a draft would be. */
class LicenceDealRevisionTest {

  private static DealTerms terms(String title, List<Long> families, String currency, String fee) {
    return new DealTerms(
        title,
        null,
        LICENSEE,
        families,
        "Grid storage",
        "ASEAN",
        Exclusivity.NON_EXCLUSIVE,
        TERM_START,
        TERM_END,
        currency,
        new BigDecimal(fee),
        new BigDecimal("2"),
        new BigDecimal("1000"),
        List.of(),
        null,
        null);
  }

  @Test
  void aRevisionReplacesTitleFamiliesLicensorsAndValue() {
    LicenceDeal deal = Deals.threeOwnerDraft();

    deal.revise(
        NTU_STAFF, terms("  Grid electrolyte  ", List.of(13L), "CNY", "5000"), Set.of(NTU), NOW);

    assertThat(deal.title()).isEqualTo("Grid electrolyte");
    assertThat(deal.familyIds()).containsExactly(13L);
    assertThat(deal.licensorIds()).containsExactly(NTU);
    assertThat(deal.currency().getCurrencyCode()).isEqualTo("CNY");
    // 5,000 upfront and five years' minimum of 1,000
    assertThat(deal.totalValue()).isEqualTo(Money.of("10000.00", "CNY"));
    assertThat(deal.terms().exclusivity()).isEqualTo(Exclusivity.NON_EXCLUSIVE);
    assertThat(deal.events()).hasSize(2);
    assertThat(deal.events().get(1).view().action()).isEqualTo(DealAction.REVISE);
  }

  @Test
  void aRevisionWithInvalidTermsChangesNothing() {
    LicenceDeal deal = Deals.threeOwnerDraft();

    assertThatThrownBy(
            () -> deal.revise(NTU_STAFF, terms(" ", List.of(13L), "SGD", "1"), Set.of(NTU), NOW))
        .isInstanceOf(InvalidCommandException.class);

    assertThat(deal.title()).isEqualTo("Solid-state battery electrolyte");
    assertThat(deal.familyIds()).containsExactlyInAnyOrder(11L, 12L);
    assertThat(deal.licensorIds()).containsExactly(NTU, SCUT, GKC);
    assertThat(deal.events()).hasSize(1);
  }

  @Test
  void staffMayNotReviseADealAwayFromTheirPartner() {
    LicenceDeal deal = Deals.threeOwnerDraft();

    assertThatThrownBy(
            () ->
                deal.revise(NTU_STAFF, terms("Other", List.of(14L), "SGD", "1"), Set.of(SCUT), NOW))
        .isInstanceOf(AccessRefusedException.class);

    assertThat(deal.licensorIds()).containsExactly(NTU, SCUT, GKC);
    assertThat(deal.familyIds()).containsExactlyInAnyOrder(11L, 12L);
  }

  @Test
  void aDraftNeedsValidTerms() {
    assertThatThrownBy(
            () -> LicenceDeal.draft(NTU_STAFF, terms("T", List.of(), "SGD", "1"), Set.of(NTU), NOW))
        .isInstanceOf(InvalidCommandException.class);
  }
}
