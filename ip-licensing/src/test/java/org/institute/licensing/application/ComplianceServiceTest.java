package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.institute.core.AccessRefusedException;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Transactions;
import org.institute.licensing.ComplianceView;
import org.institute.licensing.InvoiceView;
import org.institute.licensing.NewInvoicePayment;
import org.institute.licensing.PaymentView;
import org.institute.licensing.ReportTimeliness;
import org.institute.licensing.domain.ComplianceReminder;
import org.institute.licensing.domain.Deals;
import org.junit.jupiter.api.Test;

/**
 * A licensee's compliance and the reminders of reports and invoices (decision 0104), on a CNY deal
 * at 5 % whose licence years start on 1 January 2021, with late-payment interest of 7.3 % a year
 * (0.02 % a day); reports are due 30 days after their quarter.
 */
class ComplianceServiceTest extends OnTheCnyInterestDeal {

  @Test
  void reportsFiledByTheDueDateAreOnTimeAfterItLateAndMissingOnesOverdue() {
    on("2021-04-20");
    file("2021-01-01", "100000"); // due 2021-04-30: on time
    on("2021-08-15");
    file("2021-04-01", "100000"); // due 2021-07-30: late
    on("2022-02-01"); // Q3 (due 2021-10-30) and Q4 (due 2022-01-30) not filed

    ComplianceView view = fixture.compliance(ADMIN).of(Deals.LICENSEE);

    assertThat(view.reports())
        .extracting(ComplianceView.ReportRow::timeliness)
        .containsExactly(
            ReportTimeliness.ON_TIME,
            ReportTimeliness.LATE,
            ReportTimeliness.OVERDUE,
            ReportTimeliness.OVERDUE);
    assertThat(view.reportsOnTime()).isEqualTo(1);
    assertThat(view.reportsLate()).isEqualTo(1);
    assertThat(view.reportsOverdue()).isEqualTo(2);
    assertThat(view.reports().get(1).filedOn()).isEqualTo(LocalDate.of(2021, 8, 15));
    assertThat(view.reports().get(1).dueDate()).isEqualTo(LocalDate.of(2021, 7, 30));
  }

  @Test
  void reportedInvoicedAndPaidComeFromTheRecordsPerYear() {
    on("2021-04-20");
    long q1 = file("2021-01-01", "200000");
    on("2021-04-25");
    InvoiceView invoice = accept(q1); // CNY 10,000.00, due 2021-05-25
    on("2022-01-10");
    fixture
        .invoiceService(ADMIN)
        .recordPayment(
            invoice.id(),
            new NewInvoicePayment(LocalDate.of(2022, 1, 5), new BigDecimal("4000.00"), null));

    ComplianceView view = fixture.compliance(HUAXIN).of(Deals.LICENSEE);

    assertThat(view.years())
        .containsExactly(
            new ComplianceView.YearRow(
                2021,
                "CNY",
                new BigDecimal("10000.00"),
                new BigDecimal("10000.00"),
                new BigDecimal("0.00")),
            new ComplianceView.YearRow(
                2022,
                "CNY",
                new BigDecimal("0.00"),
                new BigDecimal("0.00"),
                new BigDecimal("4000.00")));
    // 6,000.00 outstanding, 230 days past 2021-05-25
    assertThat(view.outstanding())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.over90()).isEqualByComparingTo("6000.00");
              assertThat(o.total()).isEqualByComparingTo("6000.00");
            });
    // 10,000 for 224 days (to 2022-01-04) + 6,000 for 6 days (2022-01-05 to 01-10), 0.02 % a day
    assertThat(view.interest())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.daysOverdue()).isEqualTo(230);
              assertThat(i.accrued()).isEqualByComparingTo("455.20");
            });
    assertThat(fixture.invoiceService(HUAXIN).invoice(invoice.id()).accruedInterest())
        .isEqualByComparingTo("455.20");
  }

  @Test
  void licenseeStaffReadTheirOwnCompanyOnlyAndAnotherIsNotFound() {
    on("2021-05-01");
    assertThat(fixture.compliance(HUAXIN).ofMyCompany().licenseeId()).isEqualTo(Deals.LICENSEE);
    assertThatThrownBy(() -> fixture.compliance(KANGDA_STAFF).of(Deals.LICENSEE))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> fixture.compliance(ADMIN).of(-1))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> fixture.compliance(ADMIN).of(0))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> fixture.compliance(ADMIN).of(4040))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void aReportNotFiledIsRemindedBeforeAndAfterItsDueDateOnceEachInEachReadersLanguage() {
    // Q1 2021 due 2021-04-30: stages 7 days before, the day after, 30 days after
    on("2021-04-22");
    assertThat(fixture.compliance(ADMIN).remind(LocalDate.of(2021, 4, 22))).isZero();
    assertThat(fixture.compliance(ADMIN).remind(LocalDate.of(2021, 4, 23))).isEqualTo(1);
    assertThat(fixture.compliance(ADMIN).remind(LocalDate.of(2021, 4, 23))).isZero();
    assertThat(fixture.mails.recipients())
        .containsExactly("huaxin.licensee@i.org", "admin@i.org", "admin2@i.org");
    assertThat(fixture.mails.sent.get(0).subject()).startsWith("提成报告提醒");
    assertThat(fixture.mails.sent.get(1).subject()).startsWith("Royalty report due");
    assertThat(fixture.mails.sent.get(1).body()).contains("in 7 days");

    assertThat(fixture.compliance(ADMIN).remind(LocalDate.of(2021, 5, 1))).isEqualTo(1);
    assertThat(fixture.mails.sent.get(4).body()).contains("1 days late");
    assertThat(fixture.audit.entries).anyMatch(e -> e.startsWith("ROYALTY_REPORT_REMINDED"));
  }

  @Test
  void aFiledReportIsNotReminded() {
    on("2021-04-20");
    file("2021-01-01", "100000");
    assertThat(fixture.compliance(ADMIN).remind(LocalDate.of(2021, 4, 23))).isZero();
    assertThat(fixture.compliance(ADMIN).remind(LocalDate.of(2021, 5, 1))).isZero();
    assertThat(fixture.mails.sent).isEmpty();
  }

  @Test
  void anInvoiceIsRemindedWhileOutstandingAndNoLongerOncePaid() {
    on("2021-04-20");
    long q1 = file("2021-01-01", "200000");
    on("2021-04-25");
    InvoiceView invoice = accept(q1); // due 2021-05-25
    on("2021-05-26");
    assertThat(fixture.compliance(ADMIN).remind(LocalDate.of(2021, 5, 26))).isEqualTo(1);
    assertThat(fixture.mails.sent.get(1).subject())
        .isEqualTo("Invoice overdue: " + invoice.number());
    fixture
        .invoiceService(ADMIN)
        .recordPayment(
            invoice.id(),
            new NewInvoicePayment(LocalDate.of(2021, 5, 26), new BigDecimal("10000.00"), null));
    assertThat(fixture.compliance(ADMIN).remind(LocalDate.of(2021, 6, 24))).isZero();
  }

  /**
   * The admin's compliance service whose reminder run finds, after it read what was due and before
   * it sends the first item, that {@code meanwhile} happened (a filing, a payment, another node's
   * run).
   */
  private ComplianceService remindingAfter(Runnable meanwhile) {
    ComplianceService service = fixture.compliance(ADMIN);
    LicensingFixture.set(
        service,
        "transactions",
        new Transactions() {
          private int units;

          @Override
          public void checkpoint() {
            fixture.transactions.checkpoint();
          }

          @Override
          public <T> T inOwnTransaction(Supplier<T> work) {
            if (units++ == 1) {
              meanwhile.run();
            }
            return fixture.transactions.inOwnTransaction(work);
          }
        });
    return service;
  }

  /** A run on the day with reminders 7 days before the due date, on it and the day after. */
  private int remindAroundTheDueDate(String day) {
    on(day);
    ComplianceService service = fixture.compliance(ADMIN);
    service.reminderDays = "-7,0,1";
    return service.remind(LocalDate.parse(day));
  }

  private List<String> subjects() {
    return fixture.mails.sent.stream().map(LicensingFixture.Mail::subject).toList();
  }

  /** The body of the last mail sent to the address. */
  private String lastBodyTo(String address) {
    return fixture.mails.sent.stream()
        .filter(m -> m.to().equals(address))
        .reduce((a, b) -> b)
        .orElseThrow()
        .body();
  }

  @Test
  void theReportRowsOfSeveralDealsFollowThePeriodsEndThenTheDealAndDraftsHaveNone() {
    long second = deal.deal(Deals.NTU_STAFF, Deals.NTU, LocalDate.of(2021, 2, 1), true);
    deal.deal(Deals.NTU_STAFF, Deals.NTU, LocalDate.of(2021, 1, 1), false);
    on("2021-08-15");

    ComplianceView view = fixture.compliance(ADMIN).of(Deals.LICENSEE);

    assertThat(view.reports())
        .extracting(ComplianceView.ReportRow::dealId, ComplianceView.ReportRow::periodEnd)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(dealId, LocalDate.of(2021, 3, 31)),
            org.assertj.core.groups.Tuple.tuple(second, LocalDate.of(2021, 4, 30)),
            org.assertj.core.groups.Tuple.tuple(dealId, LocalDate.of(2021, 6, 30)),
            org.assertj.core.groups.Tuple.tuple(second, LocalDate.of(2021, 7, 31)));
  }

  @Test
  void anInstitutionsStaffSeeTheLicenseesInvoicesOfTheirOwnDealsOnly() {
    long scut = deal.deal(Deals.SCUT_STAFF, Deals.SCUT, LocalDate.of(2021, 1, 1), true);
    on("2021-04-20");
    long report = deal.file(scut, "2021-01-01", "200000");
    on("2021-04-25");
    accept(report); // CNY 10,000.00 due 2021-05-25
    on("2021-06-24");

    ComplianceView ntu = fixture.compliance(LicensingFixture.staffOf(Deals.NTU)).of(Deals.LICENSEE);
    ComplianceView admin = fixture.compliance(ADMIN).of(Deals.LICENSEE);

    assertThat(ntu.reports()).extracting(ComplianceView.ReportRow::dealId).containsOnly(dealId);
    assertThat(ntu.outstanding()).isEmpty();
    assertThat(ntu.interest()).isEmpty();
    assertThat(admin.outstanding())
        .singleElement()
        .satisfies(o -> assertThat(o.total()).isEqualByComparingTo("10000.00"));
    assertThat(admin.interest())
        .singleElement()
        .extracting(ComplianceView.InterestRow::dealId)
        .isEqualTo(scut);
  }

  @Test
  void interestIsListedFromTheDayAfterTheDueDateOnly() {
    on("2021-04-20");
    long q1 = file("2021-01-01", "200000");
    on("2021-04-25");
    accept(q1); // CNY 10,000.00 due 2021-05-25
    on("2021-05-25");
    assertThat(fixture.compliance(ADMIN).of(Deals.LICENSEE).interest()).isEmpty();
    on("2021-05-26");
    assertThat(fixture.compliance(ADMIN).of(Deals.LICENSEE).interest())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.daysOverdue()).isEqualTo(1);
              assertThat(i.accrued()).isEqualByComparingTo("2.00");
            });
  }

  /**
   * A correction of the accepted report credits CNY 2,500.00 of the invoice: what is owed, the
   * interest from the credit's day on and the reminder's amount all count it.
   */
  @Test
  void aCreditNoteLowersWhatIsOwedTheInterestAndTheRemindedAmount() {
    on("2021-04-20");
    long q1 = file("2021-01-01", "200000");
    on("2021-04-25");
    InvoiceView invoice = accept(q1); // CNY 10,000.00 due 2021-05-25
    on("2021-06-04");
    deal.amend("2021-01-01", "150000", 1);
    fixture.royaltyReports(ADMIN).accept(q1, 2);
    on("2021-06-24");

    ComplianceView view = fixture.compliance(ADMIN).of(Deals.LICENSEE);

    assertThat(view.outstanding())
        .singleElement()
        .satisfies(o -> assertThat(o.total()).isEqualByComparingTo("7500.00"));
    assertThat(view.interest())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.outstanding()).isEqualByComparingTo("7500.00");
              // 10,000 for 9 days (2021-05-26 to 06-03) + 7,500 for 21 days, 0.02 % a day
              assertThat(i.accrued()).isEqualByComparingTo("49.50");
            });
    assertThat(fixture.compliance(ADMIN).remind(LocalDate.of(2021, 6, 24))).isEqualTo(1);
    assertThat(lastBodyTo("admin@i.org"))
        .contains("Invoice " + invoice.number() + " of licence deal")
        .contains("CNY 7500.00 outstanding");
  }

  @Test
  void aVoidedPaymentNeitherSettlesTheInvoiceNorStopsItsInterestOrItsReminders() {
    on("2021-04-20");
    long q1 = file("2021-01-01", "200000");
    on("2021-04-25");
    InvoiceView invoice = accept(q1); // CNY 10,000.00 due 2021-05-25
    on("2021-05-20");
    PaymentView paid =
        fixture
            .invoiceService(ADMIN)
            .recordPayment(
                invoice.id(),
                new NewInvoicePayment(LocalDate.of(2021, 5, 20), new BigDecimal("10000.00"), null));
    fixture.payments(ADMIN).voidPayment(dealId, paid.id(), "bounced");
    on("2021-06-24");

    ComplianceView view = fixture.compliance(ADMIN).of(Deals.LICENSEE);

    assertThat(view.outstanding())
        .singleElement()
        .satisfies(o -> assertThat(o.total()).isEqualByComparingTo("10000.00"));
    // 10,000 for 30 days at 0.02 % a day
    assertThat(view.interest())
        .singleElement()
        .satisfies(i -> assertThat(i.accrued()).isEqualByComparingTo("60.00"));
    assertThat(fixture.invoiceService(ADMIN).invoice(invoice.id()).accruedInterest())
        .isEqualByComparingTo("60.00");
    assertThat(fixture.compliance(ADMIN).remind(LocalDate.of(2021, 6, 24))).isEqualTo(1);
  }

  /** Q1 2021 is due on 2021-04-30: its 30-days stage on 2021-05-30, caught up until 2021-06-06. */
  @Test
  void aStageMissedWhileNoRunRanIsStillSentUpToSevenDaysLateButNotLater() {
    on("2021-06-07");
    assertThat(fixture.compliance(ADMIN).remind(LocalDate.of(2021, 6, 7))).isZero();
    assertThat(fixture.compliance(ADMIN).remind(LocalDate.of(2021, 6, 6))).isEqualTo(1);
    assertThat(fixture.complianceLog.all)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.daysAfter()).isEqualTo(30);
              assertThat(r.due()).isEqualTo(LocalDate.of(2021, 4, 30));
            });
    assertThat(lastBodyTo("admin@i.org")).contains("was due on 2021-04-30 and is 37 days late");
  }

  /**
   * The licensee's staff are sent to the page where they file the report or see the invoice, the
   * admins to the deal's or the invoice's page in the licensing office; the audit entry says what
   * was reminded, at which stage and to how many readers, how many of them in Chinese.
   */
  @Test
  void eachReaderIsLinkedToTheirOwnSideOfThePortalAndTheAuditCountsTheReaders() {
    on("2021-04-23");
    assertThat(fixture.compliance(ADMIN).remind(LocalDate.of(2021, 4, 23))).isEqualTo(1);
    assertThat(lastBodyTo("huaxin.licensee@i.org"))
        .endsWith("https://i.org/app/licensee/report-file.xhtml?deal=" + dealId + "\n");
    assertThat(lastBodyTo("admin@i.org"))
        .endsWith("https://i.org/app/licensing/deal.xhtml?id=" + dealId + "\n");
    assertThat(fixture.audit.entries)
        .last()
        .isEqualTo(
            "ROYALTY_REPORT_REMINDED LicenceDeal "
                + dealId
                + ": report of licence year 1 Q1 due 2021-04-30, stage -7 days after, sent -7"
                + " days after, 3 recipient(s) (1 in Chinese)");

    long q1 = file("2021-01-01", "200000");
    on("2021-04-25");
    InvoiceView invoice = accept(q1); // CNY 10,000.00 due 2021-05-25
    on("2021-05-26");
    assertThat(fixture.compliance(ADMIN).remind(LocalDate.of(2021, 5, 26))).isEqualTo(1);
    assertThat(lastBodyTo("huaxin.licensee@i.org"))
        .endsWith("https://i.org/app/licensee/invoice.xhtml?id=" + invoice.id() + "\n");
    assertThat(lastBodyTo("admin2@i.org"))
        .endsWith("https://i.org/app/licensing/invoice.xhtml?id=" + invoice.id() + "\n");
    assertThat(fixture.audit.entries)
        .last()
        .isEqualTo(
            "INVOICE_REMINDED LicenceDeal "
                + dealId
                + ": invoice "
                + invoice.number()
                + ", outstanding CNY 10,000.00 due 2021-05-25, stage 1 days after, sent 1 days"
                + " after, 3 recipient(s) (1 in Chinese)");
  }

  /**
   * What a report's reminder says in either language a week before, on and after its due date: the
   * deal and its title in the reader's script, the licence year and quarter, the period, when it is
   * or was due; overdue only after the due date.
   */
  @Test
  void aReportsReminderSaysWhenItIsDueInTheReadersLanguage() {
    assertThat(remindAroundTheDueDate("2021-04-23")).isEqualTo(1);
    assertThat(fixture.mails.sent.get(0).subject())
        .isEqualTo("提成报告提醒：许可协议 #" + dealId + " 第1许可年度第1季度");
    assertThat(fixture.mails.sent.get(0).body())
        .isEqualTo(
            "许可协议 #"
                + dealId
                + "「快速诊断检测」第1许可年度第1季度（2021-01-01 至 2021-03-31）的提成报告尚未提交，将于 2021-04-30"
                + " 到期（还有 7 天）。\n请在门户中提交：https://i.org/app/licensee/report-file.xhtml?deal="
                + dealId
                + "\n");
    assertThat(fixture.mails.sent.get(1).subject())
        .isEqualTo("Royalty report due: deal #" + dealId + " licence year 1 Q1");
    assertThat(fixture.mails.sent.get(1).body())
        .isEqualTo(
            "The royalty report of licence deal #"
                + dealId
                + " \"Rapid diagnostic assay\" for licence year 1 Q1 (2021-01-01 to 2021-03-31)"
                + " has not been filed; it is due on 2021-04-30 (in 7 days).\nFile it in the"
                + " portal: https://i.org/app/licensing/deal.xhtml?id="
                + dealId
                + "\n");

    assertThat(remindAroundTheDueDate("2021-04-30")).isEqualTo(1);
    assertThat(subjects().subList(3, 5))
        .containsExactly(
            "提成报告提醒：许可协议 #" + dealId + " 第1许可年度第1季度",
            "Royalty report due: deal #" + dealId + " licence year 1 Q1");
    assertThat(fixture.mails.sent.get(3).body()).contains("的提成报告尚未提交，今天到期。");
    assertThat(fixture.mails.sent.get(4).body()).contains("has not been filed; it is due today.");

    assertThat(remindAroundTheDueDate("2021-05-01")).isEqualTo(1);
    assertThat(subjects().subList(6, 8))
        .containsExactly(
            "提成报告逾期：许可协议 #" + dealId + " 第1许可年度第1季度",
            "Royalty report overdue: deal #" + dealId + " licence year 1 Q1");
    assertThat(fixture.mails.sent.get(6).body()).contains("的提成报告尚未提交，已逾期 1 天（到期日 2021-04-30）。");
    assertThat(fixture.mails.sent.get(7).body())
        .contains("has not been filed; it was due on 2021-04-30 and is 1 days late.");
  }

  /** The same for an invoice: its number, the deal and its title, what is outstanding, when due. */
  @Test
  void anInvoicesReminderSaysWhatIsOutstandingAndWhenInTheReadersLanguage() {
    on("2021-04-20");
    long q1 = file("2021-01-01", "200000");
    on("2021-04-25");
    InvoiceView invoice = accept(q1); // CNY 10,000.00 due 2021-05-25
    String number = invoice.number();

    assertThat(remindAroundTheDueDate("2021-05-18")).isEqualTo(1);
    assertThat(subjects())
        .containsExactly("发票付款提醒：" + number, "Invoice due: " + number, "Invoice due: " + number);
    assertThat(fixture.mails.sent.get(0).body())
        .isEqualTo(
            "许可协议 #"
                + dealId
                + "「快速诊断检测」的发票 "
                + number
                + " 尚欠 CNY 10000.00，将于 2021-05-25 到期（还有 7 天）。\n查看发票：https://i.org/app/licensee/invoice.xhtml?id="
                + invoice.id()
                + "\n");
    assertThat(fixture.mails.sent.get(1).body())
        .isEqualTo(
            "Invoice "
                + number
                + " of licence deal #"
                + dealId
                + " \"Rapid diagnostic assay\": CNY 10000.00 outstanding; it is due on 2021-05-25"
                + " (in 7 days).\nSee the invoice: https://i.org/app/licensing/invoice.xhtml?id="
                + invoice.id()
                + "\n");

    assertThat(remindAroundTheDueDate("2021-05-25")).isEqualTo(1);
    assertThat(subjects().subList(3, 5))
        .containsExactly("发票付款提醒：" + number, "Invoice due: " + number);
    assertThat(fixture.mails.sent.get(3).body()).contains(" 尚欠 CNY 10000.00，今天到期。");
    assertThat(fixture.mails.sent.get(4).body()).contains("outstanding; it is due today.");

    assertThat(remindAroundTheDueDate("2021-05-26")).isEqualTo(1);
    assertThat(subjects().subList(6, 8))
        .containsExactly("发票逾期：" + number, "Invoice overdue: " + number);
    assertThat(fixture.mails.sent.get(6).body())
        .contains(" 尚欠 CNY 10000.00，已逾期 1 天（到期日 2021-05-25）。");
    assertThat(fixture.mails.sent.get(7).body())
        .contains("outstanding; it was due on 2021-05-25 and is 1 days overdue.");
  }

  @Test
  void aReportFiledAfterTheRunReadWhatWasDueIsNotReminded() {
    on("2021-04-23");
    assertThat(remindingAfter(() -> file("2021-01-01", "100000")).remind(LocalDate.of(2021, 4, 23)))
        .isZero();
    assertThat(fixture.mails.sent).isEmpty();
    assertThat(fixture.complianceLog.all).isEmpty();
  }

  @Test
  void anInvoiceSettledAfterTheRunReadWhatWasDueIsNotReminded() {
    on("2021-04-20");
    long q1 = file("2021-01-01", "200000");
    on("2021-04-25");
    InvoiceView invoice = accept(q1); // CNY 10,000.00 due 2021-05-25
    on("2021-05-26");
    Runnable paid =
        () ->
            fixture
                .invoiceService(ADMIN)
                .recordPayment(
                    invoice.id(),
                    new NewInvoicePayment(
                        LocalDate.of(2021, 5, 26), new BigDecimal("10000.00"), null));
    assertThat(remindingAfter(paid).remind(LocalDate.of(2021, 5, 26))).isZero();
    assertThat(fixture.mails.sent).isEmpty();
  }

  @Test
  void aStageAnotherRunSentAfterThisOneReadWhatWasDueIsNotSentTwice() {
    on("2021-04-23");
    Runnable reportSent =
        () ->
            fixture.complianceLog.add(
                new ComplianceReminder(
                    ComplianceReminder.Subject.REPORT,
                    ComplianceReminder.Subject.reportKey(dealId, LocalDate.of(2021, 1, 1)),
                    dealId,
                    LocalDate.of(2021, 4, 30),
                    -7,
                    LocalDate.of(2021, 4, 23),
                    fixture.now));
    assertThat(remindingAfter(reportSent).remind(LocalDate.of(2021, 4, 23))).isZero();

    on("2021-04-20");
    long q1 = file("2021-01-01", "200000");
    on("2021-04-25");
    InvoiceView invoice = accept(q1); // CNY 10,000.00 due 2021-05-25
    on("2021-05-26");
    Runnable invoiceSent =
        () ->
            fixture.complianceLog.add(
                new ComplianceReminder(
                    ComplianceReminder.Subject.INVOICE,
                    String.valueOf(invoice.id()),
                    dealId,
                    LocalDate.of(2021, 5, 25),
                    1,
                    LocalDate.of(2021, 5, 26),
                    fixture.now));
    assertThat(remindingAfter(invoiceSent).remind(LocalDate.of(2021, 5, 26))).isZero();
    assertThat(fixture.mails.sent).isEmpty();
  }

  /**
   * The run reads what is due in one unit of work and opens one more only for each reminder still
   * to send: none for a filed report or for a stage already sent.
   */
  @Test
  void aRunOpensAUnitOfWorkOnlyForAReminderStillToSend() {
    List<Integer> units = fixture.transactions.auditEntriesPerUnit;
    on("2021-04-23");
    fixture.compliance(ADMIN).remind(LocalDate.of(2021, 4, 23));
    assertThat(units).containsExactly(0, 1);
    fixture.compliance(ADMIN).remind(LocalDate.of(2021, 4, 23));
    assertThat(units).containsExactly(0, 1, 0);
    on("2021-04-26");
    file("2021-01-01", "100000");
    fixture.compliance(ADMIN).remind(LocalDate.of(2021, 5, 1));
    assertThat(units).containsExactly(0, 1, 0, 0);
  }

  @Test
  void theReminderNamesTheQuarterWhoseReportIsMissing() {
    on("2021-04-20");
    file("2021-01-01", "100000");
    on("2021-07-23");
    assertThat(fixture.compliance(ADMIN).remind(LocalDate.of(2021, 7, 23))).isEqualTo(1);
    assertThat(subjects()).contains("Royalty report due: deal #" + dealId + " licence year 1 Q2");
    assertThat(fixture.complianceLog.all)
        .singleElement()
        .extracting(ComplianceReminder::key)
        .isEqualTo(dealId + "/2021-04-01");
  }

  @Test
  void twoDealsWithTheSameQuartersAreEachReminded() {
    long second = deal.deal(Deals.NTU_STAFF, Deals.NTU, LocalDate.of(2021, 1, 1), true);
    on("2021-04-23");
    assertThat(fixture.compliance(ADMIN).remind(LocalDate.of(2021, 4, 23))).isEqualTo(2);
    assertThat(subjects())
        .contains(
            "Royalty report due: deal #" + dealId + " licence year 1 Q1",
            "Royalty report due: deal #" + second + " licence year 1 Q1");
    assertThat(fixture.compliance(ADMIN).remind(LocalDate.of(2021, 4, 23))).isZero();
  }

  @Test
  void theCalendarRunsTheReportRemindersForTheSystemButNotForStaff() {
    on("2021-04-23");
    LocalDate weekBeforeDue = LocalDate.of(2021, 4, 23);

    assertThatThrownBy(
            () -> fixture.calendar(KANGDA_STAFF, "60,30,7").remindReportsAndInvoices(weekBeforeDue))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixture.mails.sent).isEmpty();

    assertThat(
            fixture
                .calendar(LicensingFixture.system(), "60,30,7")
                .remindReportsAndInvoices(weekBeforeDue))
        .isEqualTo(1);
    assertThat(subjects()).contains("Royalty report due: deal #" + dealId + " licence year 1 Q1");
  }
}
