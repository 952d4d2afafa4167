package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.application.LicensingFixture.admin;
import static org.institute.licensing.application.LicensingFixture.problems;
import static org.institute.licensing.application.LicensingFixture.staffOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.CostKind;
import org.institute.licensing.FamilyAction;
import org.institute.licensing.NewPatentCost;
import org.institute.licensing.PatentCostSummary;
import org.institute.licensing.PatentCostView;
import org.institute.licensing.Share;
import org.institute.licensing.domain.Deals;
import org.junit.jupiter.api.Test;

/** Patent costs from recording to the family's totals (issue 19, decision 0103). */
class PatentCostServiceTest {

  private static final Caller NTU = staffOf("ntu.staff", Deals.NTU);
  private static final Caller GKC = staffOf("gkc.staff", Deals.GKC);
  private static final LocalDate DAY = LocalDate.of(2020, 5, 4);

  private final LicensingFixture fixture = new LicensingFixture(Deals.NOW);

  PatentCostServiceTest() {
    fixture.families.register(
        11,
        LocalDate.of(2019, 1, 1),
        new Share(Deals.NTU, new BigDecimal("60")),
        new Share(Deals.SCUT, new BigDecimal("40")));
  }

  private static NewPatentCost cost(CostKind kind, long payer, String amount, String currency) {
    return new NewPatentCost(kind, payer, DAY, new BigDecimal(amount), currency, "INV-7");
  }

  @Test
  void aCostIsKeptInBothCurrenciesAtItsDatesRateAndAudited() {
    PatentCostView recorded =
        fixture.patentCosts(NTU).record(11, cost(CostKind.FILING, Deals.SCUT, "1000.00", "SGD"));

    assertThat(recorded.amountSgd()).isEqualByComparingTo("1000.00");
    assertThat(recorded.amountCny()).isEqualByComparingTo("5300.00");
    assertThat(recorded.paidByName()).isEqualTo("South China University of Technology");
    assertThat(recorded.recordedBy()).isEqualTo("ntu.staff");
    assertThat(fixture.audit.entries)
        .containsExactly(
            "PATENT_COST_RECORDED PatentFamily 11: FILING SGD 1,000.00 of 2020-05-04 paid by South China University of Technology"
                + " = SGD 1000.00 / CNY 5300.00; INV-7");
  }

  @Test
  void theFamilysTotalsAddEveryCostInBothCurrenciesAndPerPayer() {
    fixture.patentCosts(admin()).record(11, cost(CostKind.FILING, Deals.NTU, "1000.00", "SGD"));
    fixture
        .patentCosts(admin())
        .record(11, cost(CostKind.PROSECUTION, Deals.SCUT, "530.00", "CNY"));
    fixture.patentCosts(NTU).record(11, cost(CostKind.MAINTENANCE, Deals.NTU, "250.25", "SGD"));

    PatentCostSummary summary = fixture.patentCosts(NTU).of(11);

    assertThat(summary.costs()).hasSize(3);
    assertThat(summary.totalSgd()).isEqualByComparingTo("1350.25");
    assertThat(summary.totalCny()).isEqualByComparingTo("7156.32");
    assertThat(summary.byPayer())
        .extracting(PatentCostSummary.PayerTotal::partnerId, p -> p.totalSgd().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Deals.NTU, "1250.25"),
            org.assertj.core.groups.Tuple.tuple(Deals.SCUT, "100.00"));
    // the totals are the sums of the lines, to the cent
    assertThat(
            summary.costs().stream()
                .map(PatentCostView::amountCny)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(summary.totalCny());
  }

  @Test
  void onlyAdminsAndStaffOfACoOwnerRecordCostsAndOthersDoNotSeeTheFamily() {
    assertThatThrownBy(
            () -> fixture.patentCosts(GKC).record(11, cost(CostKind.LEGAL, Deals.NTU, "1", "SGD")))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> fixture.patentCosts(GKC).of(11))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(
            () ->
                fixture
                    .patentCosts(LicensingFixture.coordinator())
                    .record(11, cost(CostKind.LEGAL, Deals.NTU, "1", "SGD")))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixture.costs.saved).isEmpty();
    assertThat(fixture.audit.entries).isEmpty();
  }

  @Test
  void aPayerThatNeverOwnedTheFamilyOrADayWithoutRateIsRefusedBesideItsField() {
    assertThat(
            problems(
                () ->
                    fixture
                        .patentCosts(NTU)
                        .record(11, cost(CostKind.LEGAL, Deals.GKC, "1", "SGD"))))
        .containsExactly("paidBy:licensing.cost.paidBy.notOwner");
    fixture.rates.firstRate = DAY.plusDays(1);
    assertThat(
            problems(
                () ->
                    fixture
                        .patentCosts(NTU)
                        .record(11, cost(CostKind.LEGAL, Deals.NTU, "1", "SGD"))))
        .containsExactly("incurredOn:fx.noRate");
    assertThat(fixture.costs.saved).isEmpty();
  }

  @Test
  void theFamilyViewOffersRecordingCostsToWhoMayRecordThem() {
    var family = fixture.families.find(11).orElseThrow();
    assertThat(fixture.policy(NTU).familyActions(family, DAY)).contains(FamilyAction.RECORD_COST);
    assertThat(fixture.policy(staffOf("scut.staff", Deals.SCUT)).familyActions(family, DAY))
        .contains(FamilyAction.RECORD_COST);
    assertThat(fixture.policy(LicensingFixture.coordinator()).familyActions(family, DAY))
        .doesNotContain(FamilyAction.RECORD_COST);
  }
}
