package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.application.LicensingFixture.admin;
import static org.institute.licensing.application.LicensingFixture.problems;
import static org.institute.licensing.application.LicensingFixture.system;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.KpiFigures;
import org.institute.licensing.ApplicationStatus;
import org.institute.licensing.CostRecovery;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealState;
import org.institute.licensing.DealTerms;
import org.institute.licensing.DistributionTier;
import org.institute.licensing.FamilySharing;
import org.institute.licensing.Inventor;
import org.institute.licensing.Jurisdiction;
import org.institute.licensing.LicensingImport.Step;
import org.institute.licensing.NewApplication;
import org.institute.licensing.NewApproverRole;
import org.institute.licensing.NewPatentFamily;
import org.institute.licensing.NewPayment;
import org.institute.licensing.NewRoyaltyReport;
import org.institute.licensing.PaymentPurpose;
import org.institute.licensing.Share;
import org.institute.licensing.domain.Deals;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.Payment;
import org.junit.jupiter.api.Test;

/**
 * Importing history at start-up: the three-owner deal of {@link Deals} on families 11 (NTU and
 * SCUT) and 12 (GKC), replayed step by step with the steps' own dates.
 */
class LicensingImportServiceTest {

  private static final Instant CREATED = Instant.parse("2020-05-20T08:00:00Z");
  private static final Instant SUBMITTED = Instant.parse("2020-06-01T08:00:00Z");
  private static final Instant LATER = Instant.parse("2020-06-03T08:00:00Z");
  private static final byte[] PDF = {'%', 'P', 'D', 'F'};

  private final LicensingFixture fixture = new LicensingFixture(LATER);

  LicensingImportServiceTest() {
    fixture.families.registerNtuScutHalves(11);
    fixture.families.register(
        12, LocalDate.of(2019, 1, 1), new Share(Deals.GKC, new BigDecimal("100")));
  }

  private LicensingImportService imports() {
    return fixture.imports(system());
  }

  /** A family wholly NTU's, first filed on 2018-01-01, without a Chinese title. */
  private static NewPatentFamily ntuFamily(String reference, String title) {
    return new NewPatentFamily(
        reference,
        title,
        null,
        LocalDate.of(2018, 1, 1),
        List.of(new Share(Deals.NTU, new BigDecimal("100"))));
  }

  /** One Singapore dollar of legal costs on 2020-03-02, paid by {@code partner}. */
  private static org.institute.licensing.NewPatentCost legalCostPaidBy(long partner) {
    return new org.institute.licensing.NewPatentCost(
        org.institute.licensing.CostKind.LEGAL,
        partner,
        LocalDate.of(2020, 3, 2),
        BigDecimal.ONE,
        "SGD",
        null);
  }

  /** The royalty payment the invoice tests record: S$3,500.00 paid on 2021-05-20. */
  private static NewPayment royaltyPayment() {
    return new NewPayment(
        LocalDate.of(2021, 5, 20),
        new BigDecimal("3500.00"),
        "SGD",
        PaymentPurpose.ROYALTY,
        null,
        null);
  }

  private static NewApplication filed(Jurisdiction office, String number, LocalDate on) {
    return new NewApplication(office, number, on, ApplicationStatus.FILED, null);
  }

  private static Step step(DealAction action, String username, Instant at) {
    return Step.of(action, username, at, null);
  }

  private static List<Step> approved() {
    return List.of(
        step(DealAction.CREATE, "ntu.staff", CREATED),
        Step.of(DealAction.SUBMIT, "ntu.staff", SUBMITTED, "please review"),
        step(DealAction.CONSENT, "gkc.staff", SUBMITTED),
        step(DealAction.CONSENT, "scut.staff", SUBMITTED),
        step(DealAction.APPROVE, "admin", LATER));
  }

  private static List<Step> with(List<Step> steps, Step... more) {
    List<Step> all = new java.util.ArrayList<>(steps);
    all.addAll(List.of(more));
    return all;
  }

  private static Step execution() {
    return new Step(DealAction.EXECUTE, "ntu.staff", LATER, "signed", Deals.SIGNED_ON, PDF);
  }

  @Test
  void aHistoricCostIsCheckedConvertedAndAuditedAsAnImportAndOnlyTheSystemImportsIt() {
    org.institute.licensing.NewPatentCost cost =
        new org.institute.licensing.NewPatentCost(
            org.institute.licensing.CostKind.MAINTENANCE,
            Deals.SCUT,
            LocalDate.of(2020, 3, 2),
            new BigDecimal("100.00"),
            "SGD",
            "renewal");

    imports().cost(11, cost, "ip.office", LATER);

    assertThat(fixture.costs.saved)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.amountCny()).isEqualByComparingTo("530.00");
              assertThat(c.recordedBy()).isEqualTo("ip.office");
              assertThat(c.recordedAt()).isEqualTo(LATER);
            });
    assertThat(fixture.audit.entries)
        .singleElement()
        .satisfies(
            e -> assertThat(e).startsWith("PATENT_COST_IMPORTED PatentFamily 11: MAINTENANCE"));
    assertThatThrownBy(() -> fixture.imports(admin()).cost(11, cost, "admin", LATER))
        .isInstanceOf(AccessRefusedException.class);
    // the same rules as live: GKC never owned family 11
    assertThat(problems(() -> imports().cost(11, legalCostPaidBy(Deals.GKC), null, LATER)))
        .containsExactly("paidBy:licensing.cost.paidBy.notOwner");
    assertThat(fixture.costs.saved).hasSize(1);
  }

  @Test
  void onlyTheSystemImports() {
    NewPatentFamily family = ntuFamily("OLD-1", "Old");
    assertThatThrownBy(() -> fixture.imports(admin()).family(family, List.of(), LATER))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () ->
                fixture
                    .imports(new LicensingFixture.Unauthenticated("scheduler"))
                    .family(family, List.of(), LATER))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> fixture.imports(admin()).deal(Deals.terms("SGD", "1"), approved()))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> fixture.imports(admin()).payment(1, null, "admin", LATER))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixture.families.all).hasSize(2);
  }

  @Test
  void aFamilyIsImportedWithItsApplicationsAndAudited() {
    long id =
        imports()
            .family(
                ntuFamily("OLD-1", "Old family"),
                List.of(
                    filed(Jurisdiction.CN, "CN1", LocalDate.of(2018, 1, 1)),
                    filed(Jurisdiction.PCT, "PCT1", LocalDate.of(2018, 12, 1))),
                CREATED);

    assertThat(id).isEqualTo(102L);
    assertThat(fixture.families.find(id).orElseThrow().applications()).hasSize(2);
    assertThat(fixture.families.flushes).isEqualTo(1);
    assertThat(fixture.audit.entries)
        .containsExactly("PATENT_FAMILY_IMPORTED PatentFamily 102: OLD-1 with 2 application(s)");
  }

  @Test
  void aDealIsReplayedToItsLastStateWithoutEventsOrMail() {
    long id =
        imports()
            .deal(
                Deals.terms("SGD", "100000"),
                with(
                    approved(),
                    execution(),
                    step(DealAction.ACTIVATE, null, Instant.parse("2021-01-01T00:00:00Z")),
                    step(DealAction.EXPIRE, "system", Instant.parse("2026-01-02T00:00:00Z"))));

    LicenceDeal deal = fixture.deals.find(id).orElseThrow();
    assertThat(deal.state()).isEqualTo(DealState.EXPIRED);
    assertThat(deal.licensorIds()).containsExactly(Deals.NTU, Deals.SCUT, Deals.GKC);
    assertThat(deal.createdBy()).isEqualTo("ntu.staff");
    assertThat(deal.createdAt()).isEqualTo(CREATED);
    assertThat(deal.review().submissionDate()).isEqualTo(LocalDate.of(2020, 6, 1));
    assertThat(deal.review().requiredApprovals()).isEqualTo(1);
    assertThat(deal.signingDate()).isEqualTo(Deals.SIGNED_ON);
    assertThat(fixture.documents.stored.get(deal.signedDocumentId()).fileName())
        .isEqualTo("agreement-1.pdf");
    assertThat(fixture.obligations.ofDeal(id)).isNotEmpty();
    assertThat(fixture.deals.flushes).isEqualTo(1);
    assertThat(fixture.audit.entries)
        .containsSubsequence(
            "LICENCE_DEAL_IMPORTED LicenceDeal 1: \"Solid-state battery electrolyte\" now EXPIRED"
                + " after 8 step(s)");
    assertThat(fixture.executed.events).isEmpty();
    assertThat(fixture.mails.sent).isEmpty();
  }

  @Test
  void theLicensorsAreTheOwnersOnTheDayOfCreation() {
    fixture
        .families
        .find(11)
        .orElseThrow()
        .changeOwnership(
            LocalDate.of(2020, 6, 1), List.of(new Share(Deals.NTU, new BigDecimal("100"))));

    long id =
        imports()
            .deal(Deals.terms("SGD", "100000"), List.of(step(DealAction.CREATE, "admin", CREATED)));

    assertThat(fixture.deals.find(id).orElseThrow().licensorIds())
        .containsExactly(Deals.NTU, Deals.SCUT, Deals.GKC);
    assertThat(fixture.audit.entries)
        .containsExactly(
            "LICENCE_DEAL_IMPORTED LicenceDeal 1: \"Solid-state battery electrolyte\" now DRAFT"
                + " after 1 step(s)");
  }

  @Test
  void aLargeDealNeedsTwoApprovalsAsInTheWorkflow() {
    long sgd =
        imports()
            .deal(
                Deals.terms("SGD", "490000.01"),
                List.of(
                    step(DealAction.CREATE, "ntu.staff", CREATED),
                    step(DealAction.SUBMIT, "ntu.staff", SUBMITTED)));
    long cny =
        imports()
            .deal(
                Deals.terms("CNY", "2640000.00"),
                List.of(
                    step(DealAction.CREATE, "ntu.staff", CREATED),
                    step(DealAction.SUBMIT, "ntu.staff", SUBMITTED)));

    assertThat(fixture.deals.find(sgd).orElseThrow().review().requiredApprovals()).isEqualTo(2);
    assertThat(fixture.deals.find(cny).orElseThrow().review().requiredApprovals()).isEqualTo(1);
  }

  @Test
  void aCnyDealSubmittedOnADayWithoutRateIsRefused() {
    fixture.rates.firstRate = LocalDate.of(2020, 6, 2);

    assertThat(
            problems(
                () ->
                    imports()
                        .deal(
                            Deals.terms("CNY", "1000"),
                            List.of(
                                step(DealAction.CREATE, "ntu.staff", CREATED),
                                step(DealAction.SUBMIT, "ntu.staff", SUBMITTED)))))
        .containsExactly("null:licensing.deal.noRate");
  }

  @Test
  void rejectionsSendBacksAndTerminationsAreReplayed() {
    long rejected =
        imports()
            .deal(
                Deals.terms("SGD", "1000"),
                List.of(
                    step(DealAction.CREATE, "ntu.staff", CREATED),
                    step(DealAction.SUBMIT, "ntu.staff", SUBMITTED),
                    Step.of(DealAction.REJECT, "admin", LATER, "conflicts")));
    long sentBack =
        imports()
            .deal(
                Deals.terms("SGD", "1000"),
                List.of(
                    step(DealAction.CREATE, "ntu.staff", CREATED),
                    step(DealAction.SUBMIT, "ntu.staff", SUBMITTED),
                    Step.of(DealAction.REQUEST_CHANGES, "admin", LATER, "royalty too low")));
    long terminated =
        imports()
            .deal(
                Deals.terms("SGD", "1000"),
                with(
                    approved(),
                    execution(),
                    Step.of(DealAction.TERMINATE, "admin", LATER, "insolvent")));

    assertThat(fixture.deals.find(rejected).orElseThrow().state()).isEqualTo(DealState.REJECTED);
    assertThat(fixture.deals.find(sentBack).orElseThrow().state())
        .isEqualTo(DealState.CHANGES_REQUESTED);
    assertThat(fixture.deals.find(terminated).orElseThrow().state())
        .isEqualTo(DealState.TERMINATED);
    assertThat(fixture.terminated.events).isEmpty();
  }

  @Test
  void theHistoryStartsWithACreationAndHoldsOnlyImportSteps() {
    DealTerms terms = Deals.terms("SGD", "1000");
    assertThatThrownBy(() -> imports().deal(terms, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the first step creates the deal");
    assertThatThrownBy(
            () -> imports().deal(terms, List.of(step(DealAction.SUBMIT, "ntu.staff", CREATED))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the first step creates the deal");
    assertThatThrownBy(
            () ->
                imports()
                    .deal(
                        terms,
                        List.of(
                            step(DealAction.CREATE, "ntu.staff", CREATED),
                            step(DealAction.CREATE, "ntu.staff", CREATED))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an import step: CREATE");
    assertThatThrownBy(
            () -> imports().deal(terms, List.of(step(DealAction.CREATE, "nobody", CREATED))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no account nobody");
    assertThat(fixture.audit.entries).isEmpty();
  }

  @Test
  void theStepsActorsKeepTheirRolesFromTheirAccounts() {
    // staff may not approve: the imported approval is checked as the workflow checks it
    assertThatThrownBy(
            () ->
                imports()
                    .deal(
                        Deals.terms("SGD", "1000"),
                        with(
                            approved().subList(0, 4),
                            step(DealAction.APPROVE, "ntu.other", LATER))))
        .isInstanceOf(AccessRefusedException.class);
  }

  /**
   * A royalty report's history: filed, queried, answered and accepted by the people and at the
   * times the old records name, each step audited and flushed with a new version as live.
   */
  @Test
  void aReportsReviewIsReplayedWithItsPeopleAndTimesAndItsAcceptanceInvoiced() {
    long dealId = imports().deal(Deals.terms("SGD", "100000"), with(approved(), execution()));
    Instant filedAt = Instant.parse("2021-04-10T08:00:00Z");
    Instant askedAt = Instant.parse("2021-04-20T08:00:00Z");
    Instant answeredAt = Instant.parse("2021-04-22T08:00:00Z");
    Instant acceptedAt = Instant.parse("2021-05-01T08:00:00Z");
    int audited = fixture.audit.entries.size();

    long reportId = importedReport(dealId, filedAt);
    int bumps = fixture.reports.versionBumps;
    imports().reportQuery(reportId, " Which price list? ", "old.admin", askedAt);
    imports().reportAnswer(reportId, " The 2020 one. ", "huaxin.old", answeredAt);
    Long invoiceId = imports().reportAcceptance(reportId, "old.admin", acceptedAt);

    assertThat(fixture.reports.byId).containsOnlyKeys(reportId);
    assertThat(fixture.reports.versionBumps).isEqualTo(bumps + 3);
    org.institute.licensing.RoyaltyReportView report =
        fixture.royaltyReports(admin()).report(reportId);
    assertThat(report.current().filedBy()).isEqualTo("huaxin.old");
    assertThat(report.current().filedAt()).isEqualTo(filedAt);
    assertThat(report.current().due()).isEqualByComparingTo("3500.00");
    assertThat(report.acceptedBy()).isEqualTo("old.admin");
    assertThat(report.acceptedAt()).isEqualTo(acceptedAt);
    assertThat(report.queries())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.askedBy()).isEqualTo("old.admin");
              assertThat(q.askedAt()).isEqualTo(askedAt);
              assertThat(q.question()).isEqualTo("Which price list?");
              assertThat(q.answeredBy()).isEqualTo("huaxin.old");
              assertThat(q.answeredAt()).isEqualTo(answeredAt);
              assertThat(q.answer()).isEqualTo("The 2020 one.");
            });
    assertThat(fixture.invoices.all)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.id()).isEqualTo(invoiceId);
              assertThat(i.number()).isEqualTo("INV-2021-00001");
              assertThat(i.issueDate()).isEqualTo(LocalDate.of(2021, 5, 1));
              assertThat(i.issuedBy()).isEqualTo("old.admin");
            });
    assertThat(fixture.audit.entries.subList(audited, fixture.audit.entries.size()))
        .filteredOn(e -> e.startsWith("ROYALTY_REPORT_"))
        .containsExactly(
            "ROYALTY_REPORT_FILED RoyaltyReport "
                + reportId
                + ": deal "
                + dealId
                + ", licence year 1 Q1 (2021-01-01 to 2021-03-31), version 1: net sales"
                + " SGD 100,000.00, royalty SGD 3,500.00, true-up SGD 0.00, due SGD 3,500.00",
            "ROYALTY_REPORT_QUERIED RoyaltyReport "
                + reportId
                + ": version 1 queried: Which price list?",
            "ROYALTY_REPORT_ANSWERED RoyaltyReport "
                + reportId
                + ": answered with version 1 in force: The 2020 one.",
            "ROYALTY_REPORT_ACCEPTED RoyaltyReport "
                + reportId
                + ": version 1 accepted; invoiced SGD 3,500.00 (INV-2021-00001)");
  }

  @Test
  void onlyTheSystemImportsAReportsHistory() {
    long dealId = imports().deal(Deals.terms("SGD", "100000"), with(approved(), execution()));

    assertThatThrownBy(
            () ->
                fixture
                    .imports(admin())
                    .royaltyReport(dealId, null, "admin", Instant.parse("2021-04-10T08:00:00Z")))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixture.reports.byId).isEmpty();
  }

  @Test
  void aPaymentIsConvertedSplitAndMeetsItsObligationWithoutAnEvent() {
    long id = imports().deal(Deals.terms("SGD", "100000"), with(approved(), execution()));
    var report = fixture.obligations.ofDeal(id).get(0);

    imports()
        .payment(
            id,
            new NewPayment(
                LocalDate.of(2021, 2, 1),
                new BigDecimal("1000.00"),
                "SGD",
                PaymentPurpose.ROYALTY,
                "Q1",
                report.id()),
            "ntu.staff",
            LATER);

    Payment payment = fixture.payments.all.get(0);
    assertThat(payment.amountSgd()).isEqualByComparingTo("1000.00");
    assertThat(payment.amountCny()).isEqualByComparingTo("5300.00");
    assertThat(payment.obligationId()).isEqualTo(report.id());
    assertThat(report.metOn()).isEqualTo(LocalDate.of(2021, 2, 1));
    assertThat(fixture.audit.entries.get(fixture.audit.entries.size() - 1))
        .isEqualTo(
            "LICENCE_PAYMENT_IMPORTED LicenceDeal 1: SGD 1,000.00 received 2021-02-01"
                + " = SGD 1000.00 / CNY 5300.00");
    assertThat(fixture.paid.events).isEmpty();
  }

  @Test
  void aCnyPaymentIsConvertedToSgdAndOneWithoutRateIsRefused() {
    long id = imports().deal(Deals.terms("SGD", "100000"), with(approved(), execution()));

    imports()
        .payment(
            id,
            new NewPayment(
                LocalDate.of(2021, 2, 1),
                new BigDecimal("530.00"),
                "CNY",
                PaymentPurpose.UPFRONT_FEE,
                null,
                null),
            "admin",
            LATER);
    assertThat(fixture.payments.all.get(0).amountSgd()).isEqualByComparingTo("100.00");
    assertThat(fixture.payments.all.get(0).obligationId()).isNull();

    fixture.rates.firstRate = LocalDate.of(2021, 3, 1);
    assertThat(
            problems(
                () ->
                    imports()
                        .payment(
                            id,
                            new NewPayment(
                                LocalDate.of(2021, 2, 1),
                                new BigDecimal("1.00"),
                                "SGD",
                                PaymentPurpose.UPFRONT_FEE,
                                null,
                                null),
                            "admin",
                            LATER)))
        .containsExactly("receivedOn:fx.noRate");
    assertThat(fixture.payments.all).hasSize(1);
  }

  @Test
  void aStepWithoutUserIsTheSystemsWhichMayNotTerminate() {
    List<Step> steps =
        with(approved(), execution(), Step.of(DealAction.TERMINATE, null, LATER, "insolvent"));

    assertThatThrownBy(() -> imports().deal(Deals.terms("SGD", "1000"), steps))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void anAdminReplaysNoReportsReviewAndImportsNoSharingRoleOrInvoicePayment() {
    long dealId = imports().deal(Deals.terms("SGD", "100000"), with(approved(), execution()));
    long reportId = importedReport(dealId, Instant.parse("2021-04-10T08:00:00Z"));
    Instant at = Instant.parse("2021-04-20T08:00:00Z");
    LicensingImportService byAdmin = fixture.imports(admin());
    int audited = fixture.audit.entries.size();

    assertThatThrownBy(() -> byAdmin.reportQuery(reportId, "Which price list?", "admin", at))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> byAdmin.reportAnswer(reportId, "The 2020 one.", "admin", at))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> byAdmin.reportAcceptance(reportId, "admin", at))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () ->
                byAdmin.sharing(
                    11,
                    new FamilySharing(
                        CostRecovery.NONE,
                        List.of(new Inventor("Tan Wei", Deals.NTU, new BigDecimal("100"), null)))))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () ->
                byAdmin.approverRole(
                    new NewApproverRole("legal-counsel", "Legal counsel", "法律顾问"),
                    List.of("admin"),
                    "admin",
                    at))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> byAdmin.invoicePayment(1, royaltyPayment(), "admin", at))
        .isInstanceOf(AccessRefusedException.class);

    org.institute.licensing.RoyaltyReportView report =
        fixture.royaltyReports(admin()).report(reportId);
    assertThat(report.queries()).isEmpty();
    assertThat(report.acceptedBy()).isNull();
    assertThat(fixture.invoices.all).isEmpty();
    assertThat(fixture.families.find(11).orElseThrow().inventors()).isEmpty();
    assertThat(fixture.approverRoleStore.saved).isEmpty();
    assertThat(fixture.audit.entries).hasSize(audited);
  }

  @Test
  void aFamilyMovesThePatentFigureOnlyWhenItBringsApplications() {
    NewPatentFamily bare = ntuFamily("OLD-0", "Old, no filings");
    imports().family(bare, List.of(), CREATED);

    assertThat(fixture.kpiStamps.moves(KpiFigures.PATENT_APPLICATIONS)).isZero();

    imports()
        .family(
            ntuFamily("OLD-1", "Old family"),
            List.of(filed(Jurisdiction.CN, "CN1", LocalDate.of(2018, 1, 1))),
            CREATED);

    assertThat(fixture.kpiStamps.moves(KpiFigures.PATENT_APPLICATIONS)).isEqualTo(1);
  }

  @Test
  void onlyAnExecutionMovesTheLicenceFigureAndEveryPaymentTheIncomeFigure() {
    imports().deal(Deals.terms("SGD", "1000"), approved());

    assertThat(fixture.kpiStamps.moves(KpiFigures.LICENCES_EXECUTED)).isZero();

    long id = imports().deal(Deals.terms("SGD", "100000"), with(approved(), execution()));

    assertThat(fixture.kpiStamps.moves(KpiFigures.LICENCES_EXECUTED)).isEqualTo(1);
    assertThat(fixture.kpiStamps.moves(KpiFigures.LICENCE_INCOME_SGD)).isZero();

    imports()
        .payment(
            id,
            new NewPayment(
                LocalDate.of(2021, 2, 1),
                new BigDecimal("500.00"),
                "SGD",
                PaymentPurpose.UPFRONT_FEE,
                null,
                null),
            "admin",
            LATER);

    assertThat(fixture.kpiStamps.moves(KpiFigures.LICENCE_INCOME_SGD)).isEqualTo(1);
  }

  @Test
  void aFamilysSharingIsImportedAndAuditedAndAnUnknownFamilyIsNamed() {
    imports()
        .sharing(
            11,
            new FamilySharing(
                CostRecovery.RECOVER_FIRST,
                List.of(
                    new Inventor("Tan Wei", Deals.NTU, new BigDecimal("60"), null),
                    new Inventor("Li Na", Deals.SCUT, new BigDecimal("40"), null))));

    var family = fixture.families.find(11).orElseThrow();
    assertThat(family.costRecovery()).isEqualTo(CostRecovery.RECOVER_FIRST);
    assertThat(family.inventors()).extracting(Inventor::name).containsExactly("Tan Wei", "Li Na");
    assertThat(fixture.audit.entries)
        .containsExactly(
            "PATENT_SHARING_IMPORTED PatentFamily 11: costs RECOVER_FIRST; 2 inventor(s)");

    FamilySharing none = new FamilySharing(CostRecovery.NONE, List.of());
    assertThatThrownBy(() -> imports().sharing(99, none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no patent family 99");
    assertThatThrownBy(() -> imports().cost(99, legalCostPaidBy(Deals.NTU), null, LATER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no patent family 99");
    assertThat(fixture.audit.entries).hasSize(1);
  }

  @Test
  void anApproverRoleIsImportedWithItsHoldersAndItsCodeIsCheckedAsWhenDefined() {
    imports()
        .approverRole(
            new NewApproverRole(" legal-counsel ", "Legal counsel", "法律顾问"),
            List.of("old.admin", "admin"),
            "ip.office",
            LATER);

    assertThat(fixture.approverRoleStore.saved)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.code()).isEqualTo("legal-counsel");
              assertThat(r.holders()).containsExactly("admin", "old.admin");
              assertThat(r.createdBy()).isEqualTo("ip.office");
              assertThat(r.createdAt()).isEqualTo(LATER);
            });
    assertThat(fixture.audit.entries)
        .containsExactly(
            "APPROVER_ROLE_IMPORTED ApproverRole legal-counsel: legal-counsel held by admin,"
                + " old.admin");

    // the same code twice, and no code, are refused as the live definition refuses them
    assertThat(
            problems(
                () ->
                    imports()
                        .approverRole(
                            new NewApproverRole("legal-counsel", "Counsel", "顾问"),
                            List.of("admin"),
                            null,
                            LATER)))
        .containsExactly("code:licensing.approverRole.code.taken");
    assertThat(
            problems(
                () ->
                    imports()
                        .approverRole(
                            new NewApproverRole(null, "Counsel", "顾问"), List.of(), null, LATER)))
        .containsExactly("code:field.required");
    assertThat(fixture.approverRoleStore.saved).hasSize(1);

    imports().approverRole(new NewApproverRole("finance", "Finance", "财务"), List.of(), null, LATER);

    assertThat(fixture.approverRoleStore.byCode("finance").orElseThrow().createdBy())
        .isEqualTo(Caller.SYSTEM);
  }

  @Test
  void aDistributionPolicyIsImportedFromThePastButNotOverDistributedDays() {
    org.institute.licensing.NewDistributionPolicy ntu =
        new org.institute.licensing.NewDistributionPolicy(
            Deals.NTU,
            LocalDate.of(2019, 1, 1),
            List.of(new DistributionTier(BigDecimal.ZERO, new BigDecimal("40"))),
            null);

    imports().distributionPolicy(ntu, null, LATER);

    assertThat(fixture.distributionPolicies.saved)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.partnerId()).isEqualTo(Deals.NTU);
              assertThat(v.effectiveFrom()).isEqualTo(LocalDate.of(2019, 1, 1));
              assertThat(v.savedBy()).isEqualTo(Caller.SYSTEM);
              assertThat(v.savedAt()).isEqualTo(LATER);
            });
    assertThat(fixture.audit.entries)
        .containsExactly(
            "DISTRIBUTION_POLICY_IMPORTED DistributionPolicy 1: partner 1 from 2019-01-01");

    imports()
        .distributionPolicy(
            new org.institute.licensing.NewDistributionPolicy(
                Deals.SCUT,
                LocalDate.of(2019, 6, 1),
                List.of(new DistributionTier(BigDecimal.ZERO, new BigDecimal("30"))),
                "as of the 2019 statutes"),
            "ip.office",
            LATER);
    assertThat(fixture.distributionPolicies.saved.get(1).savedBy()).isEqualTo("ip.office");

    assertThat(
            problems(
                () ->
                    imports()
                        .distributionPolicy(
                            new org.institute.licensing.NewDistributionPolicy(
                                Deals.NTU, null, ntu.tiers(), null),
                            null,
                            LATER)))
        .containsExactly("effectiveFrom:field.required");
    assertThatThrownBy(() -> fixture.imports(admin()).distributionPolicy(ntu, "admin", LATER))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixture.distributionPolicies.saved).hasSize(2);
    assertThat(fixture.audit.entries).hasSize(2);
  }

  @Test
  void anInvoicesPaymentIsImportedAgainstTheInvoiceOnItsDeal() {
    long dealId = imports().deal(Deals.terms("SGD", "100000"), with(approved(), execution()));
    long reportId = importedReport(dealId, Instant.parse("2021-04-10T08:00:00Z"));
    Long invoiceId =
        imports().reportAcceptance(reportId, "old.admin", Instant.parse("2021-05-01T08:00:00Z"));

    imports()
        .invoicePayment(
            invoiceId, royaltyPayment(), "huaxin.old", Instant.parse("2021-05-21T08:00:00Z"));

    assertThat(fixture.payments.all)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.dealId()).isEqualTo(dealId);
              assertThat(p.invoiceId()).isEqualTo(invoiceId);
              assertThat(p.amountSgd()).isEqualByComparingTo("3500.00");
              assertThat(p.recordedBy()).isEqualTo("huaxin.old");
            });
    assertThat(fixture.kpiStamps.moves(KpiFigures.LICENCE_INCOME_SGD)).isEqualTo(1);
    assertThat(fixture.audit.entries.get(fixture.audit.entries.size() - 1))
        .isEqualTo(
            "LICENCE_PAYMENT_IMPORTED LicenceDeal "
                + dealId
                + ": SGD 3,500.00 received 2021-05-20 = SGD 3500.00 / CNY 18550.00, against"
                + " invoice #"
                + invoiceId);
  }

  /** Huaxin's first-quarter report of 2021 (S$100,000 of cells), imported as filed at the time. */
  private long importedReport(long dealId, Instant filedAt) {
    return imports()
        .royaltyReport(
            dealId,
            new NewRoyaltyReport(
                LocalDate.of(2021, 1, 1),
                "SGD",
                List.of(
                    new NewRoyaltyReport.SalesLine(
                        "Cell", "Jiangsu", 50L, new BigDecimal("100000"), BigDecimal.ZERO)),
                null,
                null),
            "huaxin.old",
            filedAt);
  }
}
