package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.domain.Deals.*;

import java.math.BigDecimal;
import java.util.List;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.licensing.DisclosureState;
import org.institute.licensing.Inventor;
import org.institute.licensing.NewDisclosure;
import org.institute.licensing.Share;
import org.institute.licensing.TechnologyField;
import org.junit.jupiter.api.Test;

class DisclosureTest {

  private static NewDisclosure disclosure(String... contributions) {
    List<Inventor> inventors = new java.util.ArrayList<>();
    long[] partners = {NTU, SCUT, NTU, GKC};
    for (int i = 0; i < contributions.length; i++) {
      inventors.add(
          new Inventor("Inventor " + i, partners[i], new BigDecimal(contributions[i]), null));
    }
    return new NewDisclosure(
        "Self-healing concrete",
        "自愈混凝土",
        TechnologyField.NEW_ENERGY,
        "Bacteria seal micro-cracks.",
        "RP-2020-07",
        null,
        inventors);
  }

  @Test
  void contributionsMustSumToExactlyOneHundred() {
    assertThat(DisclosureRules.violations(disclosure("50", "30", "20"))).isEmpty();
    assertThat(DisclosureRules.violations(disclosure("50", "30", "19.9999")))
        .containsExactly(new Violation("inventors", "licensing.disclosure.contributions.sum"));
    assertThat(DisclosureRules.violations(disclosure("100", "0")))
        .extracting(Violation::messageKey)
        .contains("licensing.disclosure.contribution.invalid");
    assertThat(DisclosureRules.violations(disclosure()))
        .extracting(Violation::messageKey)
        .containsExactly("licensing.disclosure.inventors.required");
  }

  @Test
  void staffMaySubmitOnlyForAPartnerWithAnInventor() {
    assertThatThrownBy(() -> Disclosure.submit(GKC_STAFF, disclosure("60", "40"), NOW))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(Disclosure.submit(SCUT_STAFF, disclosure("60", "40"), NOW).state())
        .isEqualTo(DisclosureState.SUBMITTED);
  }

  @Test
  void theViewShowsTheChineseTitleToChineseReadersAndTheEnglishOneOtherwise() {
    Disclosure d = Disclosure.submit(NTU_STAFF, disclosure("60", "40"), NOW);
    var view = d.view(java.util.Set.of());
    assertThat(view.title(true)).isEqualTo("自愈混凝土");
    assertThat(view.title(false)).isEqualTo("Self-healing concrete");
    assertThat(view.technologyField()).isEqualTo(TechnologyField.NEW_ENERGY);
    assertThat(d.technologyFieldText()).isEqualTo("new energy");
  }

  @Test
  void withoutAChineseTitleChineseReadersSeeTheEnglishOne() {
    var n = disclosure("100");
    Disclosure d =
        Disclosure.submit(
            NTU_STAFF,
            new NewDisclosure(n.title(), "  ", null, n.abstractText(), null, null, n.inventors()),
            NOW);
    assertThat(d.view(java.util.Set.of()).titleZh()).isNull();
    assertThat(d.view(java.util.Set.of()).title(true)).isEqualTo("Self-healing concrete");
    assertThat(d.technologyFieldText()).isNull();
  }

  @Test
  void acceptanceGivesTheFamilyOwnersInProportionToContributions() {
    Disclosure d = Disclosure.submit(NTU_STAFF, disclosure("50", "30", "20"), NOW);
    List<Share> owners = d.accept(ADMIN, null, NOW);
    assertThat(owners)
        .containsExactly(
            new Share(NTU, new BigDecimal("70")), new Share(SCUT, new BigDecimal("30")));
    assertThat(SharesCheck.violations(owners)).isEmpty();
    assertThat(d.state()).isEqualTo(DisclosureState.ACCEPTED);
    assertThatThrownBy(() -> d.decline(ADMIN, "late", NOW)).isInstanceOf(ConflictException.class);
  }

  @Test
  void onlyTheIpOfficeReviewsAndSendingBackOrDecliningNeedsAReason() {
    Disclosure d = Disclosure.submit(NTU_STAFF, disclosure("60", "40"), NOW);
    assertThatThrownBy(() -> d.accept(NTU_STAFF, null, NOW))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> d.requestChanges(ADMIN, " ", NOW))
        .isInstanceOf(InvalidCommandException.class);
    d.requestChanges(ADMIN, "Name the research project.", NOW);
    assertThat(d.state()).isEqualTo(DisclosureState.CHANGES_REQUESTED);
    assertThatThrownBy(() -> d.revise(SCUT_STAFF, disclosure("60", "40"), NOW))
        .isInstanceOf(AccessRefusedException.class);
    d.revise(NTU_OTHER, disclosure("55", "45"), NOW);
    assertThat(d.state()).isEqualTo(DisclosureState.SUBMITTED);
    d.decline(ADMIN, "Prior art: WO2019/123456.", NOW);
    assertThat(d.state()).isEqualTo(DisclosureState.DECLINED);
    assertThat(d.view(java.util.Set.of()).reviewComment()).isEqualTo("Prior art: WO2019/123456.");
  }
}
