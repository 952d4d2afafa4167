package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.institute.core.AccessRefusedException;
import org.institute.core.Conversion;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.licensing.CostKind;
import org.institute.licensing.CostRecovery;
import org.institute.licensing.DealState;
import org.institute.licensing.DistributionLineView;
import org.institute.licensing.DistributionPolicyView;
import org.institute.licensing.DistributionPolicyView.Standing;
import org.institute.licensing.DistributionStep;
import org.institute.licensing.DistributionTier;
import org.institute.licensing.Distributions;
import org.institute.licensing.Inventor;
import org.institute.licensing.NewDistributionPolicy;
import org.institute.licensing.NewPayment;
import org.institute.licensing.PaymentPurpose;
import org.institute.licensing.PaymentView;
import org.institute.licensing.Share;
import org.institute.licensing.domain.Deals;
import org.institute.licensing.domain.DistributionPolicyVersion;
import org.institute.licensing.domain.PatentCost;
import org.institute.licensing.domain.PatentFamily;
import org.institute.licensing.domain.StatementRenderer;
import org.junit.jupiter.api.Test;

/**
 * The distribution waterfall through the services (decision 0107): costs recorded for the deal's
 * family are repaid first and only once, a voided payment gives its repayment back to the next, the
 * policy in force on the payment's date splits each institution's part, the preview and the
 * statement read the lines, and only admins save policies.
 */
class DistributionServiceTest {

  private static final Instant NOW = Instant.parse("2020-09-01T04:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2020, 9, 1);

  private final LicensingFixture fixture = new LicensingFixture(NOW);

  DistributionServiceTest() {
    fixture.deals.put(5, Deals.in(DealState.EXECUTED));
    PatentFamily shared = fixture.families.registerNtuScutHalves(11);
    shared.changeSharing(
        CostRecovery.RECOVER_FIRST,
        List.of(
            new Inventor("Tan Wei Ming", Deals.NTU, new BigDecimal("50"), null),
            new Inventor("Chen Xiaofeng", Deals.SCUT, new BigDecimal("50"), null)));
    fixture.families.register(
        12, LocalDate.of(2019, 1, 1), new Share(Deals.GKC, new BigDecimal("100")));
    Money cost = Money.of("1000.00", "SGD");
    fixture.costs.add(
        new PatentCost(
            11,
            CostKind.FILING,
            Deals.NTU,
            LocalDate.of(2020, 1, 10),
            cost,
            new Conversion(cost, Money.of("5300.00", "CNY"), new BigDecimal("5.3"), TODAY, TODAY),
            null,
            "admin",
            NOW));
  }

  private Distributions distributions(org.institute.core.Caller caller) {
    return fixture.distributions(caller);
  }

  private PaymentView pay(String amount) {
    return pay(amount, LocalDate.of(2020, 8, 1));
  }

  private PaymentView pay(String amount, LocalDate on) {
    return fixture
        .payments(LicensingFixture.admin())
        .recordPayment(
            5,
            new NewPayment(on, new BigDecimal(amount), "SGD", PaymentPurpose.ROYALTY, null, null));
  }

  private static BigDecimal sum(
      List<DistributionLineView> lines, DistributionStep step, long partner) {
    return lines.stream()
        .filter(l -> l.step() == step && l.partnerId() == partner)
        .map(DistributionLineView::amountSgd)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** A version saved before the fixture's day (as a history import would). */
  private void storedNtuPolicy(String percent, LocalDate from) {
    fixture.distributionPolicies.add(
        org.institute.licensing.domain.DistributionPolicyVersion.of(
            new NewDistributionPolicy(
                Deals.NTU,
                from,
                List.of(new DistributionTier(BigDecimal.ZERO, new BigDecimal(percent))),
                null),
            "ip.office",
            NOW));
  }

  private void ntuPolicy(String percent, LocalDate from) {
    distributions(LicensingFixture.admin())
        .savePolicy(
            new NewDistributionPolicy(
                Deals.NTU,
                from,
                List.of(new DistributionTier(BigDecimal.ZERO, new BigDecimal(percent))),
                null));
  }

  @Test
  void costsAreRepaidOnceAndAVoidedRepaymentComesBackToTheNextPayment() {
    PaymentView first = pay("600.00");
    assertThat(sum(first.waterfall(), DistributionStep.COST_RECOVERY, Deals.NTU))
        .isEqualByComparingTo("600.00");
    PaymentView second = pay("1000.00");
    // 400 left to repay, then 600: NTU and SCUT 150 each of family 11, GKC 300 of family 12
    assertThat(sum(second.waterfall(), DistributionStep.COST_RECOVERY, Deals.NTU))
        .isEqualByComparingTo("400.00");
    assertThat(sum(second.waterfall(), DistributionStep.INSTITUTION, Deals.GKC))
        .isEqualByComparingTo("300.00");
    assertThat(
            second.distribution().stream()
                .map(PaymentView.DistributionLine::amountSgd)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("1000.00");

    fixture.payments(LicensingFixture.admin()).voidPayment(5, first.id(), "bounced");
    PaymentView third = pay("700.00");
    assertThat(sum(third.waterfall(), DistributionStep.COST_RECOVERY, Deals.NTU))
        .isEqualByComparingTo("600.00");
  }

  @Test
  void thePolicyInForceOnThePaymentsDateSplitsTheInstitutionsPart() {
    storedNtuPolicy("40", LocalDate.of(2020, 1, 1));
    // dated after the payment: changes nothing for it
    ntuPolicy("0", LocalDate.of(2020, 9, 1));
    PaymentView p = pay("5000.00");
    // 1000 repaid, then NTU has a quarter of 4000 = 1000, 40 % to Tan Wei Ming
    assertThat(sum(p.waterfall(), DistributionStep.INVENTOR, Deals.NTU))
        .isEqualByComparingTo("400.00");
    assertThat(sum(p.waterfall(), DistributionStep.INSTITUTION, Deals.NTU))
        .isEqualByComparingTo("600.00");
    // SCUT has no policy: it keeps its part
    assertThat(sum(p.waterfall(), DistributionStep.INVENTOR, Deals.SCUT)).isZero();
    assertThat(p.waterfall())
        .filteredOn(l -> l.step() == DistributionStep.INVENTOR)
        .extracting(DistributionLineView::policyId)
        .containsOnly(1L);

    Distributions.Preview preview =
        distributions(LicensingFixture.admin())
            .preview(
                p.id(),
                new NewDistributionPolicy(
                    Deals.NTU,
                    null,
                    List.of(new DistributionTier(BigDecimal.ZERO, new BigDecimal("100"))),
                    null));
    assertThat(sum(preview.proposed(), DistributionStep.INVENTOR, Deals.NTU))
        .isEqualByComparingTo("1000.00");
    assertThat(sum(preview.current(), DistributionStep.INVENTOR, Deals.NTU))
        .isEqualByComparingTo("400.00");
  }

  @Test
  void aVersionCannotStartOnADayAlreadyDistributedAndOnlyAdminsSaveOne() {
    pay("5000.00", TODAY);
    ntuPolicy("10", LocalDate.of(2020, 9, 2));
    assertThatThrownBy(() -> ntuPolicy("10", TODAY))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessageContaining("afterDistributed");
    assertThatThrownBy(() -> ntuPolicy("10", LocalDate.of(2020, 8, 31)))
        .isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(
            () ->
                distributions(LicensingFixture.staffOf(Deals.NTU))
                    .savePolicy(
                        new NewDistributionPolicy(
                            Deals.NTU,
                            LocalDate.of(2020, 10, 1),
                            List.of(new DistributionTier(BigDecimal.ZERO, BigDecimal.TEN)),
                            null)))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixture.audit.entries).anyMatch(e -> e.contains("DISTRIBUTION_POLICY_SAVED"));
  }

  @Test
  void partnerStaffReadTheirOwnInstitutionsLinesOnly() {
    storedNtuPolicy("50", LocalDate.of(2020, 1, 1));
    pay("3000.00");
    List<DistributionLineView> ntuView =
        distributions(LicensingFixture.staffOf(Deals.NTU)).statement(null, 5L, null, null, null);
    assertThat(ntuView).isNotEmpty().allMatch(l -> l.partnerId() == Deals.NTU);
    List<DistributionLineView> all =
        distributions(LicensingFixture.admin()).statement(null, null, "tan wei ming", null, null);
    assertThat(all)
        .singleElement()
        .extracting(DistributionLineView::inventorName)
        .isEqualTo("Tan Wei Ming");
  }

  /**
   * A version for an institution that does not exist is refused beside its field, once; a preview
   * with tiers that do not hold is refused, and a voided payment has none; the proposed lines are
   * numbered from one, as the statement numbers them.
   */
  @Test
  void unknownInstitutionsBadTiersAndVoidedPaymentsAreRefusedAndPreviewLinesCountFromOne() {
    Distributions admin = distributions(LicensingFixture.admin());
    List<DistributionTier> tenPercent =
        List.of(new DistributionTier(BigDecimal.ZERO, BigDecimal.TEN));
    int audited = fixture.audit.entries.size();
    for (long partner : new long[] {999L, 0L}) {
      InvalidCommandException refused =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              InvalidCommandException.class,
              () ->
                  admin.savePolicy(
                      new NewDistributionPolicy(
                          partner, LocalDate.of(2020, 10, 1), tenPercent, null)));
      assertThat(refused.violations())
          .extracting(v -> v.field() + ":" + v.messageKey())
          .containsExactly("partnerId:partner.unknown");
    }
    assertThat(fixture.audit.entries).hasSize(audited);

    PaymentView p = pay("5000.00");
    assertThatThrownBy(
            () ->
                admin.preview(
                    p.id(),
                    new NewDistributionPolicy(
                        Deals.NTU,
                        null,
                        List.of(new DistributionTier(BigDecimal.ZERO, new BigDecimal("101"))),
                        null)))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessageContaining("percent.invalid");
    Distributions.Preview preview =
        admin.preview(p.id(), new NewDistributionPolicy(Deals.NTU, null, tenPercent, null));
    // NTU's tenth to Tan Wei Ming adds a line to the four of today
    assertThat(preview.current()).hasSize(4);
    assertThat(preview.proposed())
        .extracting(DistributionLineView::number)
        .containsExactly(1, 2, 3, 4, 5);

    fixture.payments(LicensingFixture.admin()).voidPayment(5, p.id(), "bounced");
    assertThatThrownBy(
            () ->
                admin.preview(p.id(), new NewDistributionPolicy(Deals.NTU, null, tenPercent, null)))
        .isInstanceOf(org.institute.core.RecordNotFoundException.class);
  }

  /** What a statement printed: its scope lines and its distribution lines. */
  private record Printed(List<String> scope, List<DistributionLineView> lines) {}

  private final List<Printed> printed = new ArrayList<>();

  /** The service of the caller, printing its statements into {@link #printed}. */
  private DistributionService printing(org.institute.core.Caller caller) {
    DistributionService service = fixture.distributions(caller);
    LicensingFixture.set(
        service,
        "renderer",
        (StatementRenderer)
            (scope, lines) -> {
              printed.add(new Printed(scope, lines));
              return ("%PDF " + printed.size()).getBytes(StandardCharsets.UTF_8);
            });
    return service;
  }

  private static List<DistributionTier> tiers(String... fromAndPercent) {
    List<DistributionTier> tiers = new ArrayList<>();
    for (int i = 0; i < fromAndPercent.length; i += 2) {
      tiers.add(
          new DistributionTier(
              new BigDecimal(fromAndPercent[i]), new BigDecimal(fromAndPercent[i + 1])));
    }
    return tiers;
  }

  /**
   * The history lists every version, by institution and latest first, with its note, who saved it
   * and when, and where it stands today: the one in force, one replaced by it, one due later, and
   * an institution whose only version is still due.
   */
  @Test
  void thePolicyHistoryTellsEachVersionsStandingNoteAndWhoSavedItWhen() {
    Instant earlier = Instant.parse("2019-12-20T08:00:00Z");
    fixture.distributionPolicies.add(
        DistributionPolicyVersion.of(
            new NewDistributionPolicy(
                Deals.NTU, LocalDate.of(2020, 1, 1), tiers("0", "40"), "  Council 2019/4 "),
            "ip.office",
            earlier));
    fixture.distributionPolicies.add(
        DistributionPolicyVersion.of(
            new NewDistributionPolicy(Deals.NTU, LocalDate.of(2020, 6, 1), tiers("0", "45"), " "),
            "ip.office",
            earlier));
    Distributions admin = distributions(LicensingFixture.admin("ip.admin"));
    DistributionPolicyView saved =
        admin.savePolicy(
            new NewDistributionPolicy(
                Deals.NTU, LocalDate.of(2020, 10, 1), tiers("0", "50"), " Council 2020/7 "));
    admin.savePolicy(
        new NewDistributionPolicy(Deals.SCUT, LocalDate.of(2020, 12, 1), tiers("0", "30"), null));

    assertThat(saved.id()).isEqualTo(3L);
    assertThat(saved.partnerId()).isEqualTo(Deals.NTU);
    assertThat(saved.partnerName()).isEqualTo("Nanyang Technological University");
    assertThat(saved.partnerNameZh()).isEqualTo("南洋理工大学");
    assertThat(saved.effectiveFrom()).isEqualTo(LocalDate.of(2020, 10, 1));
    assertThat(saved.tiers()).isEqualTo(tiers("0.00", "50.00"));
    assertThat(saved.note()).isEqualTo("Council 2020/7");
    assertThat(saved.savedBy()).isEqualTo("ip.admin");
    assertThat(saved.savedAt()).isEqualTo(NOW);
    assertThat(saved.standing()).isEqualTo(Standing.DUE);

    List<DistributionPolicyView> history =
        distributions(LicensingFixture.staffOf(Deals.SCUT)).policies();
    assertThat(history)
        .extracting(
            DistributionPolicyView::id,
            DistributionPolicyView::partnerName,
            DistributionPolicyView::effectiveFrom,
            DistributionPolicyView::note,
            DistributionPolicyView::savedBy,
            DistributionPolicyView::savedAt,
            DistributionPolicyView::standing)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                3L,
                "Nanyang Technological University",
                LocalDate.of(2020, 10, 1),
                "Council 2020/7",
                "ip.admin",
                NOW,
                Standing.DUE),
            org.assertj.core.groups.Tuple.tuple(
                2L,
                "Nanyang Technological University",
                LocalDate.of(2020, 6, 1),
                null,
                "ip.office",
                earlier,
                Standing.IN_FORCE),
            org.assertj.core.groups.Tuple.tuple(
                1L,
                "Nanyang Technological University",
                LocalDate.of(2020, 1, 1),
                "Council 2019/4",
                "ip.office",
                earlier,
                Standing.REPLACED),
            org.assertj.core.groups.Tuple.tuple(
                4L,
                "South China University of Technology",
                LocalDate.of(2020, 12, 1),
                null,
                "ip.admin",
                NOW,
                Standing.DUE));
    assertThat(history.get(3).partnerNameZh()).isEqualTo("华南理工大学");
    assertThat(history.get(1).tiers()).isEqualTo(tiers("0.00", "45.00"));
  }

  @Test
  void theAuditEntryOfASavedPolicyNamesTheInstitutionItsDayAndEachTierInOrder() {
    distributions(LicensingFixture.admin())
        .savePolicy(
            new NewDistributionPolicy(
                Deals.NTU,
                LocalDate.of(2020, 10, 1),
                tiers("250000.00", "12.50", "0", "40"),
                null));
    assertThat(fixture.audit.entries)
        .containsExactly(
            "DISTRIBUTION_POLICY_SAVED DistributionPolicy 1: NTU from 2020-10-01: from SGD 0.00 40%"
                + " to inventors; from SGD 250000.00 12.5% to inventors");
  }

  @Test
  void aStatementHoldsEachLinesNumberFamilyAndAmountsInEveryCurrency() {
    storedNtuPolicy("50", LocalDate.of(2020, 1, 1));
    PaymentView p = pay("3000.00");
    List<DistributionLineView> lines =
        distributions(LicensingFixture.admin()).statement(null, null, null, null, null);
    assertThat(lines)
        .extracting(
            DistributionLineView::paymentId,
            DistributionLineView::number,
            DistributionLineView::step,
            DistributionLineView::partnerId,
            DistributionLineView::familyReference,
            DistributionLineView::amount,
            DistributionLineView::amountSgd,
            DistributionLineView::amountCny)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                p.id(),
                1,
                DistributionStep.COST_RECOVERY,
                Deals.NTU,
                "PF-11",
                new BigDecimal("1000.00"),
                new BigDecimal("1000.00"),
                new BigDecimal("5300.00")),
            org.assertj.core.groups.Tuple.tuple(
                p.id(),
                2,
                DistributionStep.INSTITUTION,
                Deals.NTU,
                "PF-11",
                new BigDecimal("250.00"),
                new BigDecimal("250.00"),
                new BigDecimal("1325.00")),
            org.assertj.core.groups.Tuple.tuple(
                p.id(),
                3,
                DistributionStep.INVENTOR,
                Deals.NTU,
                "PF-11",
                new BigDecimal("250.00"),
                new BigDecimal("250.00"),
                new BigDecimal("1325.00")),
            org.assertj.core.groups.Tuple.tuple(
                p.id(),
                4,
                DistributionStep.INSTITUTION,
                Deals.SCUT,
                "PF-11",
                new BigDecimal("500.00"),
                new BigDecimal("500.00"),
                new BigDecimal("2650.00")),
            org.assertj.core.groups.Tuple.tuple(
                p.id(),
                5,
                DistributionStep.INSTITUTION,
                Deals.GKC,
                "PF-12",
                new BigDecimal("1000.00"),
                new BigDecimal("1000.00"),
                new BigDecimal("5300.00")));
  }

  @Test
  void aStatementsPeriodMayBeOpenAtEitherEndButMayNotEndBeforeItStarts() {
    pay("3000.00", LocalDate.of(2020, 8, 1));
    Distributions admin = distributions(LicensingFixture.admin());
    LocalDate day = LocalDate.of(2020, 8, 1);
    assertThat(
            LicensingFixture.problems(
                () -> admin.statement(null, null, null, day, day.minusDays(1))))
        .containsExactly("to:licensing.distribution.period.invalid");
    assertThat(admin.statement(null, null, null, day, day)).hasSize(4);
    assertThat(admin.statement(null, null, null, day, null)).hasSize(4);
    assertThat(admin.statement(null, null, null, day.plusDays(1), null)).isEmpty();
    assertThat(admin.statement(null, null, null, null, day)).hasSize(4);
    assertThat(admin.statement(null, null, null, null, day.minusDays(1))).isEmpty();
  }

  @Test
  void aLicenseeReadsNoStatement() {
    pay("3000.00");
    assertThatThrownBy(
            () ->
                distributions(LicensingFixture.licenseeOf("huaxin.licensee", Deals.LICENSEE))
                    .statement(null, null, null, null, null))
        .isInstanceOf(AccessRefusedException.class);
  }

  /**
   * The printed statement names what it is of, in both languages (an institution with its Chinese
   * name when it has one, the deal, the inventor, the period with an open end as an ellipsis) and
   * the day it was printed, above the lines the same caller would read on screen.
   */
  @Test
  void thePrintedStatementNamesItsScopeInBothLanguagesAboveTheCallersLines() {
    storedNtuPolicy("50", LocalDate.of(2020, 1, 1));
    pay("3000.00");
    DistributionService admin = printing(LicensingFixture.admin());

    byte[] pdf =
        admin.statementPdf(
            Deals.NTU, 5L, " Tan Wei Ming ", LocalDate.of(2020, 8, 1), LocalDate.of(2020, 8, 31));
    assertThat(new String(pdf, StandardCharsets.UTF_8)).isEqualTo("%PDF 1");
    assertThat(printed.get(0).scope())
        .containsExactly(
            "Institution / 机构: Nanyang Technological University / 南洋理工大学",
            "Deal / 交易: #5",
            "Inventor / 发明人: Tan Wei Ming",
            "Received / 收款日期: 2020-08-01 – 2020-08-31",
            "Printed / 打印日期: 2020-09-01");
    assertThat(printed.get(0).lines())
        .isEqualTo(
            admin.statement(
                Deals.NTU,
                5L,
                " Tan Wei Ming ",
                LocalDate.of(2020, 8, 1),
                LocalDate.of(2020, 8, 31)))
        .singleElement()
        .extracting(DistributionLineView::inventorName)
        .isEqualTo("Tan Wei Ming");

    admin.statementPdf(Deals.GKC, null, "  ", LocalDate.of(2020, 8, 1), null);
    admin.statementPdf(null, null, null, null, LocalDate.of(2020, 8, 31));
    admin.statementPdf(null, null, null, null, null);
    assertThat(printed.get(1).scope())
        .containsExactly(
            "Institution / 机构: #3",
            "Received / 收款日期: 2020-08-01 – …",
            "Printed / 打印日期: 2020-09-01");
    assertThat(printed.get(1).lines())
        .singleElement()
        .extracting(DistributionLineView::partnerId)
        .isEqualTo(Deals.GKC);
    assertThat(printed.get(2).scope())
        .containsExactly("Received / 收款日期: … – 2020-08-31", "Printed / 打印日期: 2020-09-01");
    assertThat(printed.get(3).scope()).containsExactly("Printed / 打印日期: 2020-09-01");
    assertThat(printed.get(3).lines()).hasSize(5);
  }

  @Test
  void staffPrintOnlyTheirOwnInstitutionsLines() {
    storedNtuPolicy("50", LocalDate.of(2020, 1, 1));
    pay("3000.00");
    printing(LicensingFixture.staffOf(Deals.SCUT)).statementPdf(null, null, null, null, null);
    assertThat(printed.get(0).lines())
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l.partnerId()).isEqualTo(Deals.SCUT));
  }
}
