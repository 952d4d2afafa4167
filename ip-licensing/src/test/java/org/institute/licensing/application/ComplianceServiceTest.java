package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.institute.core.Caller;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.ComplianceView;
import org.institute.licensing.InvoiceView;
import org.institute.licensing.NewInvoicePayment;
import org.institute.licensing.ReportTimeliness;
import org.institute.licensing.domain.Deals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A licensee's compliance and the reminders of reports and invoices (decision 0104), on a CNY deal
 * at 5 % whose licence years start on 1 January 2021, with late-payment interest of 7.3 % a year
 * (0.02 % a day); reports are due 30 days after their quarter.
 */
class ComplianceServiceTest {

  private static final long KANGDA = CnyInterestDeal.KANGDA;
  private static final Caller HUAXIN = CnyInterestDeal.HUAXIN;
  private static final Caller KANGDA_STAFF = CnyInterestDeal.KANGDA_STAFF;
  private static final Caller ADMIN = CnyInterestDeal.ADMIN;

  private CnyInterestDeal deal;
  private LicensingFixture fixture;
  private long dealId;

  @BeforeEach
  void signedDeal() {
    deal = new CnyInterestDeal();
    fixture = deal.fixture;
    dealId = deal.dealId;
  }

  private void on(String day) {
    deal.on(day);
  }

  private long file(String periodStart, String gross) {
    return deal.file(periodStart, gross);
  }

  private InvoiceView accept(long reportId) {
    return deal.accept(reportId);
  }

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
}
