package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.ComplianceView;
import org.institute.licensing.InvoiceAction;
import org.institute.licensing.InvoiceKind;
import org.institute.licensing.InvoiceView;
import org.institute.licensing.NewInterestInvoice;
import org.institute.licensing.NewInvoicePayment;
import org.institute.licensing.PaymentPurpose;
import org.institute.licensing.PaymentView;
import org.institute.licensing.domain.Deals;
import org.junit.jupiter.api.Test;

/**
 * Interest invoices (decision 0109) on the deal of {@link CnyInterestDeal}: CNY, royalty 5 %,
 * late-payment interest 7.3 % a year (0.02 % a day), invoices due 30 days after issue.
 */
class InterestInvoicesTest extends OnTheCnyInterestDeal {

  /** The amount of interest the invoice shows today as not yet invoiced, as a confirmation. */
  private NewInterestInvoice confirmed(InvoiceView invoice) {
    return new NewInterestInvoice(
        fixture.invoiceService(ADMIN).invoice(invoice.id()).interestNotYetInvoiced());
  }

  @Test
  void anUnpaidInterestInvoiceIsRemindedLikeAnyInvoiceAndNoLongerOncePaid() {
    InvoiceView invoice = overdueInvoice();
    on("2021-06-24");
    InvoiceView interest =
        fixture.invoiceService(ADMIN).issueInterestInvoice(invoice.id(), confirmed(invoice));
    String subject = "Invoice overdue: " + interest.number(); // due 2021-07-24
    on("2021-07-25");
    fixture.mails.sent.clear();
    fixture.compliance(ADMIN).remind(LocalDate.of(2021, 7, 25));
    assertThat(fixture.mails.sent).extracting(m -> m.subject()).contains(subject);

    fixture
        .invoiceService(ADMIN)
        .recordPayment(
            interest.id(),
            new NewInvoicePayment(LocalDate.of(2021, 7, 25), interest.amount(), null));
    fixture.mails.sent.clear();
    fixture.compliance(ADMIN).remind(LocalDate.of(2021, 8, 23)); // its 30-days-late stage
    assertThat(fixture.mails.sent).extracting(m -> m.subject()).doesNotContain(subject);
  }

  @Test
  void anAmountConfirmedThatIsNoLongerWhatWouldBeChargedIssuesNothing() {
    InvoiceView invoice = overdueInvoice();
    on("2021-06-24");
    NewInterestInvoice yesterdays = confirmed(invoice);
    on("2021-06-25");

    assertThatThrownBy(
            () -> fixture.invoiceService(ADMIN).issueInterestInvoice(invoice.id(), yesterdays))
        .isInstanceOf(ConflictException.class)
        .hasMessage("licensing.invoice.interestAmountChanged");
    assertThat(fixture.invoices.all).hasSize(1);
  }

  /** A CNY 10,000.00 invoice of Q1 2021, issued 2021-04-25, due 2021-05-25. */
  private InvoiceView overdueInvoice() {
    on("2021-04-20");
    long q1 = file("2021-01-01", "200000");
    on("2021-04-25");
    return accept(q1);
  }

  @Test
  void anInterestInvoiceChargesTheInterestAccruedToItsDayInItsOwnSeries() {
    InvoiceView invoice = overdueInvoice();
    on("2021-06-24"); // 30 days overdue: 10,000 x 0.02 % x 30 = 60.00

    InvoiceView interest =
        fixture.invoiceService(ADMIN).issueInterestInvoice(invoice.id(), confirmed(invoice));

    assertThat(interest.kind()).isEqualTo(InvoiceKind.INTEREST);
    assertThat(interest.number()).isEqualTo("INT-2021-00001");
    assertThat(interest.amount()).isEqualByComparingTo("60.00");
    assertThat(interest.currency()).isEqualTo("CNY");
    assertThat(interest.amountCny()).isEqualByComparingTo("60.00");
    assertThat(interest.amountSgd()).isPositive();
    assertThat(interest.interestOnInvoiceId()).isEqualTo(invoice.id());
    assertThat(interest.interestOnInvoiceNumber()).isEqualTo(invoice.number());
    assertThat(interest.interestTo()).isEqualTo(LocalDate.of(2021, 6, 24));
    assertThat(interest.lateInterestPercent()).isEqualByComparingTo("7.3");
    assertThat(interest.issueDate()).isEqualTo(LocalDate.of(2021, 6, 24));
    assertThat(interest.dueDate()).isEqualTo(LocalDate.of(2021, 7, 24));
    assertThat(interest.accruedInterest()).isEqualByComparingTo("0.00");
    assertThat(fixture.printed).extracting(InvoiceView::number).contains("INT-2021-00001");
    assertThat(fixture.audit.entries)
        .anySatisfy(
            e ->
                assertThat(e)
                    .startsWith("INTEREST_INVOICE_ISSUED Invoice " + interest.id())
                    .contains(invoice.number())
                    .contains("charged CNY 60.00"));
    assertThat(fixture.invoices.interestLocks).containsEntry(invoice.id(), 1);

    InvoiceView charged = fixture.invoiceService(ADMIN).invoice(invoice.id());
    assertThat(charged.accruedInterest()).isEqualByComparingTo("60.00");
    assertThat(charged.interestInvoiced()).isEqualByComparingTo("60.00");
    assertThat(charged.interestNotYetInvoiced()).isEqualByComparingTo("0.00");
    assertThat(charged.interestInvoices())
        .singleElement()
        .satisfies(c -> assertThat(c.number()).isEqualTo("INT-2021-00001"));
    assertThat(charged.allowedActions()).doesNotContain(InvoiceAction.ISSUE_INTEREST_INVOICE);
  }

  @Test
  void theSameDaysAreNeverChargedTwiceAndTheNextChargesOnlyWhatAccruedSince() {
    InvoiceView invoice = overdueInvoice();
    on("2021-06-24");
    fixture.invoiceService(ADMIN).issueInterestInvoice(invoice.id(), confirmed(invoice)); // 60.00

    assertThatThrownBy(
            () ->
                fixture
                    .invoiceService(ADMIN)
                    .issueInterestInvoice(invoice.id(), confirmed(invoice)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("licensing.invoice.interestInvoicedToDate");

    on("2021-07-04"); // 10 more days: 20.00
    assertThat(fixture.invoiceService(ADMIN).invoice(invoice.id()).allowedActions())
        .contains(InvoiceAction.ISSUE_INTEREST_INVOICE);
    InvoiceView second =
        fixture.invoiceService(ADMIN).issueInterestInvoice(invoice.id(), confirmed(invoice));

    assertThat(second.number()).isEqualTo("INT-2021-00002");
    assertThat(second.amount()).isEqualByComparingTo("20.00");
    on("2021-07-14"); // 10 more days, not invoiced
    InvoiceView charged = fixture.invoiceService(HUAXIN).invoice(invoice.id());
    assertThat(charged.accruedInterest()).isEqualByComparingTo("100.00");
    assertThat(charged.interestInvoiced()).isEqualByComparingTo("80.00");
    assertThat(charged.interestNotYetInvoiced()).isEqualByComparingTo("20.00");
    ComplianceView compliance = fixture.compliance(HUAXIN).of(Deals.LICENSEE);
    assertThat(compliance.interest())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.accrued()).isEqualByComparingTo("100.00");
              assertThat(r.invoiced()).isEqualByComparingTo("80.00");
              assertThat(r.notYetInvoiced()).isEqualByComparingTo("20.00");
            });
  }

  @Test
  void aPaidInvoiceIsChargedInterestUpToTheDayItWasSettled() {
    InvoiceView invoice = overdueInvoice();
    on("2021-06-30");
    fixture
        .invoiceService(ADMIN)
        .recordPayment(
            invoice.id(),
            new NewInvoicePayment(LocalDate.of(2021, 6, 4), new BigDecimal("10000.00"), null));
    on("2021-08-01"); // paid on 2021-06-04: 9 days (05-26 to 06-03) x 2.00

    InvoiceView interest =
        fixture.invoiceService(ADMIN).issueInterestInvoice(invoice.id(), confirmed(invoice));

    assertThat(interest.amount()).isEqualByComparingTo("18.00");
    assertThat(interest.interestTo()).isEqualTo(LocalDate.of(2021, 6, 4));
    assertThat(interest.issueDate()).isEqualTo(LocalDate.of(2021, 8, 1));
  }

  @Test
  void eachRefusalNamesWhy() {
    InvoiceView invoice = overdueInvoice();
    on("2021-05-20"); // before the due date

    assertThatThrownBy(
            () ->
                fixture
                    .invoiceService(ADMIN)
                    .issueInterestInvoice(invoice.id(), confirmed(invoice)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("licensing.invoice.noInterestAccrued");
    on("2021-06-24");
    InvoiceView interest =
        fixture.invoiceService(ADMIN).issueInterestInvoice(invoice.id(), confirmed(invoice));
    assertThatThrownBy(
            () ->
                fixture
                    .invoiceService(ADMIN)
                    .issueInterestInvoice(interest.id(), confirmed(interest)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("licensing.invoice.interestOnInvoicesOnly");
    assertThat(fixture.audit.entries)
        .filteredOn(e -> e.startsWith("INTEREST_INVOICE_ISSUED"))
        .hasSize(1);
  }

  @Test
  void onlyAdminsIssueAndAnotherLicenseeDoesNotFindTheInvoice() {
    InvoiceView invoice = overdueInvoice();
    on("2021-06-24");

    assertThatThrownBy(
            () ->
                fixture
                    .invoiceService(HUAXIN)
                    .issueInterestInvoice(invoice.id(), confirmed(invoice)))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () ->
                fixture
                    .invoiceService(KANGDA_STAFF)
                    .issueInterestInvoice(invoice.id(), confirmed(invoice)))
        .isInstanceOf(RecordNotFoundException.class);
    InvoiceView interest =
        fixture.invoiceService(ADMIN).issueInterestInvoice(invoice.id(), confirmed(invoice));
    assertThat(fixture.invoiceService(HUAXIN).invoice(interest.id()).allowedActions()).isEmpty();
    assertThat(
            fixture.invoiceService(HUAXIN).list(org.institute.core.PageRequest.first(50)).items())
        .extracting(InvoiceView::kind)
        .contains(InvoiceKind.INTEREST);
    assertThatThrownBy(() -> fixture.invoiceService(KANGDA_STAFF).invoice(interest.id()))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void interestAccruesOnWhatACreditNoteLeftOwed() {
    on("2021-04-20");
    long q1 = file("2021-01-01", "200000");
    on("2021-04-25");
    InvoiceView invoice = accept(q1); // 10,000.00 due 2021-05-25
    on("2021-05-01");
    deal.amend("2021-01-01", "150000", 1);
    fixture.royaltyReports(ADMIN).accept(q1, 2); // a credit note of -2,500.00
    on("2021-06-24"); // 30 days overdue on 7,500.00: 7,500 x 0.02 % x 30 = 45.00

    InvoiceView interest =
        fixture.invoiceService(ADMIN).issueInterestInvoice(invoice.id(), confirmed(invoice));

    assertThat(interest.amount()).isEqualByComparingTo("45.00");
  }

  @Test
  void theInterestInvoiceIsPrintedStoredAndSealedAsAnInterestInvoice() {
    InvoiceView invoice = overdueInvoice();
    on("2021-06-24");

    InvoiceView interest =
        fixture.invoiceService(ADMIN).issueInterestInvoice(invoice.id(), confirmed(invoice));

    assertThat(fixture.invoiceService(HUAXIN).pdf(interest.id()))
        .isEqualTo("%PDF INT-2021-00001".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(fixture.sealedAs).contains("Interest invoice INT-2021-00001 / 利息发票 INT-2021-00001");
  }

  @Test
  void anInvoiceShowsTheDealsInterestRateAndOnlyTheInterestInvoicesIssuedOnIt() {
    InvoiceView invoice = overdueInvoice();
    assertThat(invoice.lateInterestPercent()).isEqualByComparingTo("7.3");
    on("2021-06-24");
    InvoiceView interest =
        fixture.invoiceService(ADMIN).issueInterestInvoice(invoice.id(), confirmed(invoice));

    InvoiceView charged = fixture.invoiceService(ADMIN).invoice(invoice.id());
    InvoiceView itself = fixture.invoiceService(ADMIN).invoice(interest.id());

    assertThat(charged.interestInvoices())
        .extracting(InvoiceView.InterestCharged::number)
        .containsExactly("INT-2021-00001");
    assertThat(itself.interestInvoices()).isEmpty();
    assertThat(itself.interestInvoiced()).isEqualByComparingTo("0.00");
  }

  @Test
  void aPaymentAgainstAnInterestInvoiceIsSplitBetweenTheCoOwnersAsLateInterest() {
    InvoiceView invoice = overdueInvoice();
    on("2021-06-24");
    InvoiceView interest =
        fixture.invoiceService(ADMIN).issueInterestInvoice(invoice.id(), confirmed(invoice));
    on("2021-07-01");

    PaymentView paid =
        fixture
            .invoiceService(ADMIN)
            .recordPayment(
                interest.id(),
                new NewInvoicePayment(LocalDate.of(2021, 7, 1), new BigDecimal("60.00"), null));

    assertThat(paid.purpose()).isEqualTo(PaymentPurpose.LATE_INTEREST);
    assertThat(paid.distribution())
        .extracting(d -> d.amount().toPlainString())
        .containsExactlyInAnyOrder("30.00", "30.00");
    InvoiceView after = fixture.invoiceService(ADMIN).invoice(interest.id());
    assertThat(after.outstanding()).isEqualByComparingTo("0.00");
    assertThat(after.paid()).isEqualByComparingTo("60.00");
    // owed and aged as any invoice until paid, but not counted as royalty invoiced
    ComplianceView compliance = fixture.compliance(ADMIN).of(Deals.LICENSEE);
    assertThat(compliance.years())
        .allSatisfy(y -> assertThat(y.invoiced()).isEqualByComparingTo("10000.00"));
  }
}
