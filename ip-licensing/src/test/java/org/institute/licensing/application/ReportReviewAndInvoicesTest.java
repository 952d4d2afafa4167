package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.application.LicensingFixture.admin;
import static org.institute.licensing.application.LicensingFixture.licenseeOf;
import static org.institute.licensing.application.LicensingFixture.problems;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.PageRequest;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Slice;
import org.institute.core.testing.GeneratedCases;
import org.institute.licensing.DealTerms;
import org.institute.licensing.InvoiceAction;
import org.institute.licensing.InvoiceKind;
import org.institute.licensing.InvoiceView;
import org.institute.licensing.NewInvoicePayment;
import org.institute.licensing.NewRoyaltyReport;
import org.institute.licensing.NewRoyaltyReport.SalesLine;
import org.institute.licensing.PaymentView;
import org.institute.licensing.ReviewState;
import org.institute.licensing.RoyaltyReportAction;
import org.institute.licensing.RoyaltyReportView;
import org.institute.licensing.RoyaltyTier;
import org.institute.licensing.domain.Deals;
import org.institute.licensing.domain.Invoice;
import org.institute.licensing.domain.LicenceDeal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The review of royalty reports and the invoices it issues (docs/decisions/0101): the deal of
 * {@link RoyaltyReportServiceTest} (CNY, 5 % to CNY 1,000,000 of a licence year and 3 % above,
 * annual minimum CNY 60,000), its family owned half by NTU and half by SCUT; read on 2022-02-01,
 * when 1 SGD buys CNY 5.3.
 */
class ReportReviewAndInvoicesTest {

  private static final long KANGDA = 12;
  private static final Caller HUAXIN = licenseeOf("huaxin.licensee", Deals.LICENSEE);
  private static final Caller KANGDA_STAFF = licenseeOf("kangda.licensee", KANGDA);
  private static final Caller ADMIN = admin();

  private LicensingFixture fixture;
  private long dealId;

  @BeforeEach
  void signedDeal() {
    fixture = new LicensingFixture(Instant.parse("2022-02-01T02:00:00Z"));
    fixture.families.registerNtuScutHalves(11);
    dealId = fixture.deals.add(deal("60000", "5", "1000000", "3")).id();
  }

  private static LicenceDeal deal(String minimum, String rate, String from, String above) {
    DealTerms terms =
        Deals.assayTerms(
            LocalDate.of(2021, 1, 1),
            rate,
            minimum,
            from == null
                ? List.of()
                : List.of(new RoyaltyTier(new BigDecimal(from), new BigDecimal(above))),
            null);
    LicenceDeal deal = LicenceDeal.draft(Deals.NTU_STAFF, terms, Set.of(Deals.NTU), Deals.NOW);
    deal.submit(
        Deals.NTU_STAFF,
        org.institute.licensing.ApprovalNeeds.admins(1),
        Deals.SUBMITTED_ON,
        Deals.NOW,
        null);
    deal.approve(Deals.ADMIN, Deals.NOW, null, null);
    deal.execute(Deals.NTU_STAFF, Deals.SIGNED_ON, 77L, Deals.SIGNED_ON, Deals.NOW, null);
    return deal;
  }

  private static NewRoyaltyReport report(String periodStart, String gross, Integer amends) {
    return new NewRoyaltyReport(
        LocalDate.parse(periodStart),
        "CNY",
        List.of(
            new SalesLine(
                "Assay kit", "Guangdong", 1200L, new BigDecimal(gross), new BigDecimal("0"))),
        null,
        amends);
  }

  private RoyaltyReportView filed(String periodStart, String gross) {
    return fixture.royaltyReports(HUAXIN).file(dealId, report(periodStart, gross, null));
  }

  @Test
  void acceptanceIssuesTheInvoiceInBothCurrenciesDueThirtyDaysLater() {
    RoyaltyReportView report = filed("2021-01-01", "200000");

    RoyaltyReportView accepted = fixture.royaltyReports(ADMIN).accept(report.id(), 1);

    assertThat(accepted.reviewState()).isEqualTo(ReviewState.ACCEPTED);
    assertThat(accepted.acceptedVersion()).isEqualTo(1);
    assertThat(accepted.invoices())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.number()).isEqualTo("INV-2022-00001");
              assertThat(i.amount()).isEqualByComparingTo("10000.00");
            });
    InvoiceView invoice = fixture.invoiceService(HUAXIN).invoice(accepted.invoices().get(0).id());
    assertThat(invoice.kind()).isEqualTo(InvoiceKind.INVOICE);
    assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2022, 2, 1));
    assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2022, 3, 3));
    assertThat(invoice.currency()).isEqualTo("CNY");
    assertThat(invoice.amountCny()).isEqualByComparingTo("10000.00");
    assertThat(invoice.amountSgd()).isEqualByComparingTo("1886.79");
    assertThat(invoice.sgdToCnyRate())
        .isCloseTo(
            new BigDecimal("5.3"), org.assertj.core.data.Offset.offset(new BigDecimal("0.000001")));
    assertThat(invoice.outstanding()).isEqualByComparingTo("10000.00");
    assertThat(invoice.licenseeNameZh()).isEqualTo("华信");
    assertThat(invoice.allowedActions()).isEmpty();
    assertThat(fixture.printed)
        .singleElement()
        .extracting(InvoiceView::number)
        .isEqualTo("INV-2022-00001");
    assertThat(fixture.invoiceService(HUAXIN).pdf(invoice.id())).startsWith("%PDF".getBytes());
    assertThat(fixture.audit.entries)
        .anyMatch(e -> e.startsWith("INVOICE_ISSUED Invoice " + invoice.id() + ": INV-2022-00001"))
        .anyMatch(e -> e.startsWith("ROYALTY_REPORT_ACCEPTED RoyaltyReport " + report.id()));
  }

  @Test
  void onlyLicensingAdminsReviewAndTheQueueHoldsWhatAwaitsThem() {
    RoyaltyReportView report = filed("2021-01-01", "200000");

    assertThatThrownBy(() -> fixture.royaltyReports(HUAXIN).accept(report.id(), 1))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> fixture.royaltyReports(HUAXIN).query(report.id(), 1, "?"))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> fixture.royaltyReports(HUAXIN).awaitingReview())
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixture.royaltyReports(ADMIN).awaitingReview())
        .extracting(RoyaltyReportView::id)
        .containsExactly(report.id());
    assertThat(fixture.royaltyReports(ADMIN).report(report.id()).allowedActions())
        .contains(RoyaltyReportAction.ACCEPT, RoyaltyReportAction.QUERY)
        .doesNotContain(RoyaltyReportAction.ANSWER);
    assertThatThrownBy(() -> fixture.royaltyReports(KANGDA_STAFF).accept(report.id(), 1))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void aQueryIsAnsweredWithACorrectionAndTheCorrectionIsInvoiced() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    RoyaltyReportService admin = fixture.royaltyReports(ADMIN);
    RoyaltyReportService huaxin = fixture.royaltyReports(HUAXIN);

    RoyaltyReportView queried = admin.query(report.id(), 1, "Were returns deducted?");

    assertThat(queried.reviewState()).isEqualTo(ReviewState.QUERIED);
    assertThat(huaxin.report(report.id()).allowedActions()).contains(RoyaltyReportAction.ANSWER);
    assertThat(admin.awaitingReview()).isEmpty();
    assertThat(problems(() -> huaxin.answer(report.id(), " ", null)))
        .containsExactly("answer:field.required");

    RoyaltyReportView answered =
        huaxin.answer(report.id(), "No: corrected.", report("2021-01-01", "180000", 1));

    assertThat(answered.reviewState()).isEqualTo(ReviewState.SUBMITTED);
    assertThat(answered.versions()).hasSize(2);
    assertThat(answered.queries())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.question()).isEqualTo("Were returns deducted?");
              assertThat(q.answer()).isEqualTo("No: corrected.");
              assertThat(q.answerVersion()).isEqualTo(2);
            });
    assertThatThrownBy(() -> admin.accept(report.id(), 1)).isInstanceOf(ConflictException.class);
    assertThat(admin.accept(report.id(), 2).invoices())
        .singleElement()
        .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("9000.00"));
    assertThat(fixture.audit.entries)
        .anyMatch(e -> e.startsWith("ROYALTY_REPORT_QUERIED"))
        .anyMatch(e -> e.startsWith("ROYALTY_REPORT_ANSWERED"));
  }

  @Test
  void aCorrectionOfAnAcceptedReportBringsACreditNoteOrAnInvoiceOfTheDifference() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    RoyaltyReportService admin = fixture.royaltyReports(ADMIN);
    admin.accept(report.id(), 1);

    fixture.royaltyReports(HUAXIN).file(dealId, report("2021-01-01", "150000", 1));
    RoyaltyReportView credited = admin.accept(report.id(), 2);
    fixture.royaltyReports(HUAXIN).file(dealId, report("2021-01-01", "170000", 2));
    RoyaltyReportView raised = admin.accept(report.id(), 3);

    assertThat(credited.invoices()).hasSize(2);
    RoyaltyReportView.InvoiceRef note = credited.invoices().get(1);
    assertThat(note.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
    assertThat(note.number()).isEqualTo("CN-2022-00001");
    assertThat(note.amount()).isEqualByComparingTo("-2500.00");
    assertThat(raised.invoices().get(2).number()).isEqualTo("INV-2022-00002");
    assertThat(raised.invoices().get(2).amount()).isEqualByComparingTo("1000.00");
    InvoiceView first = fixture.invoiceService(ADMIN).invoice(credited.invoices().get(0).id());
    assertThat(first.credited()).isEqualByComparingTo("-2500.00");
    assertThat(first.outstanding()).isEqualByComparingTo("7500.00");
    InvoiceView creditNote = fixture.invoiceService(ADMIN).invoice(note.id());
    assertThat(creditNote.creditsInvoiceNumber()).isEqualTo("INV-2022-00001");
    // the first invoice says what it bills: the first quarter of the first licence year as its
    // report's first version stated it, at the rate of the day before it was issued, by whom, when
    assertThat(first.reportVersion()).isEqualTo(1);
    assertThat(first.licenceYear()).isEqualTo(1);
    assertThat(first.quarter()).isEqualTo(1);
    assertThat(first.periodStart()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(first.periodEnd()).isEqualTo(LocalDate.of(2021, 3, 31));
    assertThat(first.rateDate()).isEqualTo(LocalDate.of(2022, 1, 31));
    assertThat(first.issuedBy()).isEqualTo("admin");
    assertThat(first.issuedAt()).isEqualTo(fixture.now);
    assertThat(creditNote.reportVersion()).isEqualTo(2);
    // money is owed on an invoice, never on a credit note: nothing may be paid against one
    assertThat(first.allowedActions()).containsExactly(InvoiceAction.RECORD_PAYMENT);
    assertThat(creditNote.allowedActions()).isEmpty();
    int audited = fixture.audit.entries.size();
    assertThatThrownBy(
            () ->
                fixture
                    .invoiceService(ADMIN)
                    .recordPayment(
                        note.id(),
                        new NewInvoicePayment(LocalDate.of(2022, 2, 2), BigDecimal.TEN, null)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("licensing.invoice.creditNoteNotPaid");
    assertThat(fixture.audit.entries).hasSize(audited);
    assertThat(creditNote.amountCny()).isEqualByComparingTo("-2500.00");
    assertThat(creditNote.amountSgd()).isEqualByComparingTo("-471.70");
    assertThat(fixture.printed)
        .filteredOn(v -> v.kind() == InvoiceKind.CREDIT_NOTE)
        .singleElement()
        .extracting(InvoiceView::creditsInvoiceNumber)
        .isEqualTo("INV-2022-00001");
  }

  @Test
  void paymentsAgainstAnInvoiceAreSplitAsEveryPaymentAndTheOverpaymentIsCredit() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    long invoiceId = fixture.royaltyReports(ADMIN).accept(report.id(), 1).invoices().get(0).id();
    InvoiceService admin = fixture.invoiceService(ADMIN);
    assertThat(admin.invoice(invoiceId).allowedActions())
        .containsExactly(InvoiceAction.RECORD_PAYMENT);

    PaymentView part =
        admin.recordPayment(
            invoiceId,
            new NewInvoicePayment(LocalDate.of(2022, 1, 20), new BigDecimal("3333.33"), null));

    assertThat(part.distribution())
        .extracting(PaymentView.DistributionLine::amount)
        .map(BigDecimal::toPlainString)
        .containsExactlyInAnyOrder("1666.67", "1666.66");
    assertThat(part.note()).isEqualTo("INV-2022-00001");
    assertThat(admin.invoice(invoiceId).outstanding()).isEqualByComparingTo("6666.67");

    admin.recordPayment(
        invoiceId,
        new NewInvoicePayment(LocalDate.of(2022, 1, 25), new BigDecimal("7000"), "rest"));

    InvoiceView paid = admin.invoice(invoiceId);
    assertThat(paid.paid()).isEqualByComparingTo("10333.33");
    assertThat(paid.outstanding()).isEqualByComparingTo("0");
    assertThat(paid.credit()).isEqualByComparingTo("333.33");
    assertThat(paid.payments()).hasSize(2);
    assertThat(fixture.audit.entries)
        .anyMatch(e -> e.contains("LICENCE_PAYMENT_RECORDED") && e.contains("against invoice #"));
    assertThatThrownBy(
            () ->
                fixture
                    .invoiceService(HUAXIN)
                    .recordPayment(
                        invoiceId,
                        new NewInvoicePayment(LocalDate.of(2022, 1, 25), BigDecimal.TEN, null)))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void theAgeingOfWhatIsOutstandingIsPerLicenseeAndOnlyTheReadersOwn() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    long invoiceId = fixture.royaltyReports(ADMIN).accept(report.id(), 1).invoices().get(0).id();
    fixture
        .invoiceService(ADMIN)
        .recordPayment(
            invoiceId,
            new NewInvoicePayment(LocalDate.of(2022, 1, 30), new BigDecimal("4000"), null));
    fixture.now = Instant.parse("2022-04-20T02:00:00Z"); // 48 days after the due date 2022-03-03

    assertThat(fixture.invoiceService(ADMIN).ageing())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.licenseeNameZh()).isEqualTo("华信");
              assertThat(a.upTo60()).isEqualByComparingTo("6000.00");
              assertThat(a.total()).isEqualByComparingTo("6000.00");
              assertThat(a.currency()).isEqualTo("CNY");
            });
    assertThat(fixture.invoiceService(HUAXIN).ageing()).hasSize(1);
    assertThat(fixture.invoiceService(KANGDA_STAFF).ageing()).isEmpty();
  }

  @Test
  void aLicenseeReadsItsOwnInvoicesOnlyAndAnotherLicenseesIsAbsent() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    long invoiceId = fixture.royaltyReports(ADMIN).accept(report.id(), 1).invoices().get(0).id();

    Slice<InvoiceView> own = fixture.invoiceService(HUAXIN).list(new PageRequest(null, 50, true));
    Slice<InvoiceView> other =
        fixture.invoiceService(KANGDA_STAFF).list(new PageRequest(null, 50, true));

    assertThat(own.items()).extracting(InvoiceView::id).containsExactly(invoiceId);
    assertThat(own.exactTotal()).contains(1L);
    assertThat(other.items()).isEmpty();
    assertThatThrownBy(() -> fixture.invoiceService(KANGDA_STAFF).invoice(invoiceId))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> fixture.invoiceService(KANGDA_STAFF).pdf(invoiceId))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void theListPagesNewestFirstByCursor() {
    for (String start : List.of("2021-01-01", "2021-04-01", "2021-07-01")) {
      RoyaltyReportView r = filed(start, "100000");
      fixture.royaltyReports(ADMIN).accept(r.id(), 1);
    }
    InvoiceService service = fixture.invoiceService(ADMIN);

    Slice<InvoiceView> first = service.list(new PageRequest(null, 2, false));
    Slice<InvoiceView> second = service.list(new PageRequest(first.next(), 2, false));

    assertThat(first.items())
        .extracting(InvoiceView::number)
        .containsExactly("INV-2022-00003", "INV-2022-00002");
    assertThat(second.items()).extracting(InvoiceView::number).containsExactly("INV-2022-00001");
    assertThat(second.next()).isNull();
  }

  @Test
  void licensorStaffWhoReadTheReportMayNotAnswerItsQueryNorMayAnotherLicensee() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    fixture.royaltyReports(ADMIN).query(report.id(), 1, "Were returns deducted?");
    RoyaltyReportService ntu = fixture.royaltyReports(LicensingFixture.staffOf(Deals.NTU));

    assertThatThrownBy(() -> ntu.answer(report.id(), "Yes.", null))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () -> ntu.answer(report.id(), "Corrected.", report("2021-01-01", "100000", 1)))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> fixture.royaltyReports(KANGDA_STAFF).answer(report.id(), "Yes.", null))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> fixture.royaltyReports(HUAXIN).answer(404, "Yes.", null))
        .isInstanceOf(RecordNotFoundException.class);

    RoyaltyReportView still = ntu.report(report.id());
    assertThat(still.reviewState()).isEqualTo(ReviewState.QUERIED);
    assertThat(still.versions()).hasSize(1);
    assertThat(still.queries()).singleElement().satisfies(q -> assertThat(q.answer()).isNull());
    assertThat(fixture.audit.entries).noneMatch(e -> e.startsWith("ROYALTY_REPORT_ANSWERED"));
  }

  @Test
  void theQueryShowsWhoAskedAndWhoAnsweredAndWhen() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    Instant asked = fixture.now;
    fixture.royaltyReports(ADMIN).query(report.id(), 1, "  Were returns deducted?  ");
    fixture.now = Instant.parse("2022-02-03T09:30:00Z");

    RoyaltyReportView answered =
        fixture.royaltyReports(HUAXIN).answer(report.id(), " They were. ", null);

    assertThat(answered.queries())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.aboutVersion()).isEqualTo(1);
              assertThat(q.askedBy()).isEqualTo("admin");
              assertThat(q.askedAt()).isEqualTo(asked);
              assertThat(q.question()).isEqualTo("Were returns deducted?");
              assertThat(q.answeredBy()).isEqualTo("huaxin.licensee");
              assertThat(q.answeredAt()).isEqualTo(Instant.parse("2022-02-03T09:30:00Z"));
              assertThat(q.answer()).isEqualTo("They were.");
              assertThat(q.answerVersion()).isEqualTo(1);
            });
  }

  @Test
  void aQuestionOrAnswerMayBeTwoThousandCharactersLongAndNoLonger() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    RoyaltyReportService admin = fixture.royaltyReports(ADMIN);
    RoyaltyReportService huaxin = fixture.royaltyReports(HUAXIN);

    assertThat(problems(() -> admin.query(report.id(), 1, "q".repeat(2001))))
        .containsExactly("question:field.tooLong");
    assertThat(admin.query(report.id(), 1, "q".repeat(2000)).queries().get(0).question())
        .hasSize(2000);
    assertThat(problems(() -> huaxin.answer(report.id(), "a".repeat(2001), null)))
        .containsExactly("answer:field.tooLong");
    assertThat(huaxin.answer(report.id(), "a".repeat(2000), null).queries().get(0).answer())
        .hasSize(2000);
  }

  /**
   * Each step of the review changes the report with a new row version, so that of two admins or
   * licensee staff acting on the same report at once exactly one commits.
   */
  @Test
  void everyStepOfTheReviewFlushesTheReportWithANewVersion() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    RoyaltyReportService admin = fixture.royaltyReports(ADMIN);
    RoyaltyReportService huaxin = fixture.royaltyReports(HUAXIN);
    int bumps = fixture.reports.versionBumps;

    admin.query(report.id(), 1, "Were returns deducted?");
    assertThat(fixture.reports.versionBumps).isEqualTo(bumps + 1);
    huaxin.answer(report.id(), "They were.", null);
    assertThat(fixture.reports.versionBumps).isEqualTo(bumps + 2);
    admin.accept(report.id(), 1);
    assertThat(fixture.reports.versionBumps).isEqualTo(bumps + 3);
  }

  @Test
  void theAcceptanceIsAuditedWithTheInvoiceItIssuedOrThatNothingChanged() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    RoyaltyReportService admin = fixture.royaltyReports(ADMIN);
    admin.accept(report.id(), 1);
    // a correction to the same figures owes nothing more
    fixture.royaltyReports(HUAXIN).file(dealId, report("2021-01-01", "200000", 1));
    admin.accept(report.id(), 2);

    assertThat(fixture.audit.entries)
        .filteredOn(e -> e.startsWith("ROYALTY_REPORT_ACCEPTED"))
        .containsExactly(
            "ROYALTY_REPORT_ACCEPTED RoyaltyReport "
                + report.id()
                + ": version 1 accepted; invoiced CNY 10,000.00 (INV-2022-00001)",
            "ROYALTY_REPORT_ACCEPTED RoyaltyReport "
                + report.id()
                + ": version 2 accepted; invoiced CNY 0.00 (nothing changed)");
    assertThat(fixture.invoices.all).hasSize(1);
  }

  @Test
  void eachCreditNoteCreditsTheReportsLastInvoiceAndIsSealedAsACreditNote() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    RoyaltyReportService admin = fixture.royaltyReports(ADMIN);
    admin.accept(report.id(), 1); // INV-2022-00001: 10,000.00
    fixture.royaltyReports(HUAXIN).file(dealId, report("2021-01-01", "150000", 1));
    admin.accept(report.id(), 2); // CN-2022-00001: -2,500.00
    fixture.royaltyReports(HUAXIN).file(dealId, report("2021-01-01", "100000", 2));

    RoyaltyReportView twice = admin.accept(report.id(), 3); // CN-2022-00002: -2,500.00

    long invoiceId = twice.invoices().get(0).id();
    InvoiceView second = fixture.invoiceService(ADMIN).invoice(twice.invoices().get(2).id());
    assertThat(second.number()).isEqualTo("CN-2022-00002");
    assertThat(second.creditsInvoiceId()).isEqualTo(invoiceId);
    assertThat(second.creditsInvoiceNumber()).isEqualTo("INV-2022-00001");
    InvoiceView invoice = fixture.invoiceService(ADMIN).invoice(invoiceId);
    assertThat(invoice.credited()).isEqualByComparingTo("-5000.00");
    assertThat(invoice.outstanding()).isEqualByComparingTo("5000.00");
    assertThat(fixture.sealedAs)
        .containsExactly(
            "Invoice INV-2022-00001 / 发票 INV-2022-00001",
            "Credit note CN-2022-00001 / 贷记通知单 CN-2022-00001",
            "Credit note CN-2022-00002 / 贷记通知单 CN-2022-00002");
    assertThat(fixture.audit.entries)
        .filteredOn(e -> e.startsWith("INVOICE_ISSUED"))
        .singleElement()
        .asString()
        .doesNotContain("credits invoice");
    assertThat(fixture.audit.entries)
        .filteredOn(e -> e.startsWith("CREDIT_NOTE_ISSUED"))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e).endsWith(", credits invoice #" + invoiceId));
  }

  @Test
  void anInvoiceRaisedAfterACreditNoteOwesItsOwnAmountUntouchedByTheCreditNote() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    RoyaltyReportService admin = fixture.royaltyReports(ADMIN);
    admin.accept(report.id(), 1); // INV-2022-00001: 10,000.00
    fixture.royaltyReports(HUAXIN).file(dealId, report("2021-01-01", "150000", 1));
    admin.accept(report.id(), 2); // CN-2022-00001: -2,500.00 against the first
    fixture.royaltyReports(HUAXIN).file(dealId, report("2021-01-01", "170000", 2));
    long raised = admin.accept(report.id(), 3).invoices().get(2).id(); // INV-2022-00002

    InvoiceView view = fixture.invoiceService(ADMIN).invoice(raised);

    assertThat(view.number()).isEqualTo("INV-2022-00002");
    assertThat(view.credited()).isEqualByComparingTo("0.00");
    assertThat(view.outstanding()).isEqualByComparingTo("1000.00");
  }

  @Test
  void aListOfExactlyOnePageHasNoNextPage() {
    for (String start : List.of("2021-01-01", "2021-04-01")) {
      fixture.royaltyReports(ADMIN).accept(filed(start, "100000").id(), 1);
    }

    Slice<InvoiceView> page = fixture.invoiceService(ADMIN).list(new PageRequest(null, 2, true));

    assertThat(page.items())
        .extracting(InvoiceView::number)
        .containsExactly("INV-2022-00002", "INV-2022-00001");
    assertThat(page.next()).isNull();
    assertThat(page.exactTotal()).contains(2L);
  }

  @Test
  void aReportsInvoicesAreListedToItsReadersOnly() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    fixture.royaltyReports(ADMIN).accept(report.id(), 1);
    fixture.royaltyReports(HUAXIN).file(dealId, report("2021-01-01", "150000", 1));
    fixture.royaltyReports(ADMIN).accept(report.id(), 2);

    assertThat(fixture.invoiceService(HUAXIN).ofReport(report.id()))
        .extracting(InvoiceView::number, InvoiceView::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("INV-2022-00001", new BigDecimal("10000.00")),
            org.assertj.core.groups.Tuple.tuple("CN-2022-00001", new BigDecimal("-2500.00")));
    assertThat(fixture.invoiceService(KANGDA_STAFF).ofReport(report.id())).isEmpty();
  }

  @Test
  void aPaymentsNoteFollowsTheInvoiceNumberAndABlankNoteIsLeftOut() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    long invoiceId = fixture.royaltyReports(ADMIN).accept(report.id(), 1).invoices().get(0).id();
    InvoiceService admin = fixture.invoiceService(ADMIN);

    PaymentView blank =
        admin.recordPayment(
            invoiceId, new NewInvoicePayment(LocalDate.of(2022, 1, 20), BigDecimal.TEN, "   "));
    PaymentView noted =
        admin.recordPayment(
            invoiceId,
            new NewInvoicePayment(LocalDate.of(2022, 1, 21), BigDecimal.TEN, "  by wire  "));

    assertThat(blank.note()).isEqualTo("INV-2022-00001");
    assertThat(noted.note()).isEqualTo("INV-2022-00001: by wire");
  }

  @Test
  void aVoidedPaymentStaysListedOnTheInvoiceButNoLongerPaysIt() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    long invoiceId = fixture.royaltyReports(ADMIN).accept(report.id(), 1).invoices().get(0).id();
    PaymentView bounced =
        fixture
            .invoiceService(ADMIN)
            .recordPayment(
                invoiceId,
                new NewInvoicePayment(LocalDate.of(2022, 1, 20), new BigDecimal("4000"), null));

    fixture.payments(ADMIN).voidPayment(dealId, bounced.id(), "bounced");

    InvoiceView invoice = fixture.invoiceService(ADMIN).invoice(invoiceId);
    assertThat(invoice.paid()).isEqualByComparingTo("0.00");
    assertThat(invoice.outstanding()).isEqualByComparingTo("10000.00");
    assertThat(invoice.payments()).singleElement().satisfies(p -> assertThat(p.voided()).isTrue());
  }

  @Test
  void anInvoiceIsOverdueOnlyAfterItsDueDateAndOnlyUntilItIsPaid() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    long invoiceId = fixture.royaltyReports(ADMIN).accept(report.id(), 1).invoices().get(0).id();
    fixture.now = Instant.parse("2022-03-03T02:00:00Z"); // its due date

    assertThat(fixture.invoiceService(HUAXIN).invoice(invoiceId).overdue()).isFalse();
    fixture.now = Instant.parse("2022-03-04T02:00:00Z");
    assertThat(fixture.invoiceService(HUAXIN).invoice(invoiceId).overdue()).isTrue();
    fixture
        .invoiceService(ADMIN)
        .recordPayment(
            invoiceId,
            new NewInvoicePayment(LocalDate.of(2022, 3, 4), new BigDecimal("10000"), null));
    assertThat(fixture.invoiceService(HUAXIN).invoice(invoiceId).overdue()).isFalse();
  }

  @Test
  void withoutAnExchangeRateForTheDayNoInvoiceIsIssued() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    fixture.rates.firstRate = LocalDate.of(2022, 2, 2);

    assertThat(problems(() -> fixture.royaltyReports(ADMIN).accept(report.id(), 1)))
        .containsExactly("issueDate:fx.noRate");
    assertThat(fixture.invoices.all).isEmpty();
  }

  @Test
  void anInvoiceWhoseStoredDocumentIsGoneIsAbsentRatherThanEmpty() {
    RoyaltyReportView report = filed("2021-01-01", "200000");
    long invoiceId = fixture.royaltyReports(ADMIN).accept(report.id(), 1).invoices().get(0).id();
    fixture.documents.contents.clear();

    assertThatThrownBy(() -> fixture.invoiceService(HUAXIN).pdf(invoiceId))
        .isInstanceOf(RecordNotFoundException.class)
        .hasMessageContaining("document of invoice " + invoiceId);
  }

  /**
   * Generated licence years: tiered rates, minimum and quarterly sales at random, each quarter
   * filed, accepted, then corrected and accepted again at random. Whatever the order, the invoices
   * and credit notes of every report add up to the due of its version in force, to the cent; the
   * year's invoices add up to its royalties plus the true-up; and the numbers of each series have
   * no gap.
   */
  @Test
  void overManyGeneratedYearsTheInvoicesAlwaysTotalTheComputedRoyaltyToTheCent() {
    Random random = new Random(18_2026L);
    for (int run = 0; run < GeneratedCases.of(300); run++) {
      fixture = new LicensingFixture(Instant.parse("2022-02-01T02:00:00Z"));
      fixture.families.registerNtuScutHalves(11);
      String rate = BigDecimal.valueOf(1 + random.nextInt(1500), 2).toPlainString();
      String above = BigDecimal.valueOf(1 + random.nextInt(1500), 2).toPlainString();
      String from = String.valueOf(1 + random.nextInt(2_000_000));
      String minimum = BigDecimal.valueOf(random.nextInt(20_000_000), 2).toPlainString();
      dealId =
          fixture.deals.add(deal(minimum, rate, random.nextBoolean() ? from : null, above)).id();
      List<Long> reports = new ArrayList<>();
      for (String start : List.of("2021-01-01", "2021-04-01", "2021-07-01", "2021-10-01")) {
        String gross = BigDecimal.valueOf(random.nextInt(150_000_000), 2).toPlainString();
        RoyaltyReportView r = filed(start, gross);
        reports.add(r.id());
        fixture.royaltyReports(ADMIN).accept(r.id(), 1);
        for (int correction = 1; correction <= random.nextInt(3); correction++) {
          String again = BigDecimal.valueOf(random.nextInt(150_000_000), 2).toPlainString();
          fixture.royaltyReports(HUAXIN).file(dealId, report(start, again, correction));
          fixture.royaltyReports(ADMIN).accept(r.id(), correction + 1);
        }
      }
      BigDecimal yearDue = BigDecimal.ZERO;
      BigDecimal yearInvoiced = BigDecimal.ZERO;
      for (long id : reports) {
        RoyaltyReportView view = fixture.royaltyReports(ADMIN).report(id);
        BigDecimal invoiced =
            fixture.invoices.ofReport(id).stream()
                .map(i -> i.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tiers =
            view.current().tiers().stream()
                .map(RoyaltyReportView.TierLine::royalty)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(invoiced)
            .as("run %d report %d", run, id)
            .isEqualByComparingTo(view.current().due());
        assertThat(view.current().due()).isEqualByComparingTo(tiers.add(view.current().trueUp()));
        for (Invoice i : fixture.invoices.ofReport(id)) {
          assertThat(i.amount().amount())
              .isEqualByComparingTo(i.royalty().amount().add(i.trueUp().amount()));
          assertThat(i.amount().amount().scale()).isEqualTo(2);
        }
        yearDue = yearDue.add(view.current().due());
        yearInvoiced = yearInvoiced.add(invoiced);
      }
      assertThat(yearInvoiced).as("run %d", run).isEqualByComparingTo(yearDue);
      for (InvoiceKind kind : InvoiceKind.values()) {
        List<Long> numbers =
            fixture.invoices.all.stream()
                .filter(i -> i.kind() == kind)
                .map(Invoice::sequence)
                .toList();
        for (int n = 0; n < numbers.size(); n++) {
          assertThat(numbers.get(n)).as("run %d %s", run, kind).isEqualTo(n + 1L);
        }
      }
    }
  }
}
