package org.institute.demo.application;

import static org.institute.demo.application.LicensingDemoSteps.at;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.institute.licensing.LicensingImport;
import org.institute.licensing.NewPayment;
import org.institute.licensing.NewRoyaltyReport;
import org.institute.licensing.PaymentPurpose;

/**
 * A year of quarterly royalty reports of the two licences whose staff use the portal (Huaxin's and
 * Kangda's, issue 18 item 8, decision 0104), dated relative to the day the demo loads, so that the
 * same story holds whatever day it starts. Of the quarters that ended in the last twelve months,
 * from the latest back: the latest is filed on time and awaits review (unless it ended only
 * yesterday: then it is not yet due); the one before was queried, answered and accepted, and its
 * invoice is overdue (not paid); the one before that was filed 15 days late, accepted and paid; any
 * earlier one was filed on time, accepted and paid. Figures are illustrative (docs/demo-data.md).
 */
@ApplicationScoped
public class ComplianceDemoData {

  @Inject private LicensingImport history;
  @Inject private Clock clock;

  /** One licensee's story: its licence, its staff account and its quarterly gross sales. */
  private record Story(
      long deal, String licensee, String product, String territory, long firstGross, long step) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public void load(
      long huaxinDeal, LocalDate huaxinSigned, long kangdaDeal, LocalDate kangdaSigned) {
    LocalDate today = LocalDate.now(clock);
    tell(
        new Story(
            huaxinDeal, "huaxin.licensee", "SepsiScan cartridge", "Guangdong", 380_000, 25_000),
        huaxinSigned,
        today);
    tell(
        new Story(
            kangdaDeal, "kangda.licensee", "CardioPatch ECG", "Mainland China", 150_000, 12_000),
        kangdaSigned,
        today);
  }

  /** Quarters of a licence signed on {@code signed} (ten years) that ended in the last year. */
  static List<LocalDate[]> lastYearsQuarters(LocalDate signed, LocalDate today) {
    List<LocalDate[]> quarters = new ArrayList<>();
    LocalDate from = today.minusMonths(12);
    for (int year = 1; year <= 10; year++) {
      LocalDate yearStart = signed.plusYears(year - 1L);
      for (int q = 1; q <= 4; q++) {
        LocalDate start = yearStart.plusMonths(3L * (q - 1));
        LocalDate end =
            q == 4
                ? signed.plusYears(year).minusDays(1)
                : yearStart.plusMonths(3L * q).minusDays(1);
        if (end.isBefore(today) && !end.isBefore(from)) {
          quarters.add(new LocalDate[] {start, end});
        }
      }
    }
    return quarters;
  }

  private void tell(Story story, LocalDate signed, LocalDate today) {
    List<LocalDate[]> quarters = lastYearsQuarters(signed, today);
    int n = quarters.size();
    for (int i = 0; i < n; i++) {
      LocalDate start = quarters.get(i)[0];
      LocalDate end = quarters.get(i)[1];
      long gross = story.firstGross() + story.step() * i;
      NewRoyaltyReport report = report(story, start, gross);
      int fromLatest = n - 1 - i;
      if (fromLatest == 0) {
        // the latest quarter: filed on time, awaiting review, if a day has passed since it ended
        LocalDate filed = min(end.plusDays(12), today.minusDays(1));
        if (filed.isAfter(end)) {
          history.royaltyReport(story.deal(), report, story.licensee(), at(filed.toString()));
        }
      } else if (fromLatest == 1) {
        // queried, answered, accepted: its invoice (due 30 days later) is left unpaid, overdue
        long id =
            history.royaltyReport(
                story.deal(), report, story.licensee(), at(end.plusDays(18).toString()));
        history.reportQuery(
            id,
            "The deductions are 6 % of gross sales this quarter; please confirm what they cover.",
            "admin",
            at(end.plusDays(22).toString()));
        history.reportAnswer(
            id,
            "Returns and distributor rebates, as clause 5.2 allows; the figures stand.",
            story.licensee(),
            at(end.plusDays(25).toString()));
        history.reportAcceptance(id, "admin", at(end.plusDays(28).toString()));
      } else if (fromLatest == 2) {
        // filed 15 days after its due date, accepted, paid in two parts
        long id =
            history.royaltyReport(
                story.deal(), report, story.licensee(), at(end.plusDays(45).toString()));
        Long invoice = history.reportAcceptance(id, "admin", at(end.plusDays(50).toString()));
        BigDecimal royalty = royaltyOf(report);
        BigDecimal first = royalty.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
        pay(invoice, end.plusDays(70), first);
        pay(invoice, end.plusDays(79), royalty.subtract(first));
      } else {
        // filed on time, accepted, paid in full before its due date
        long id =
            history.royaltyReport(
                story.deal(), report, story.licensee(), at(end.plusDays(20).toString()));
        Long invoice = history.reportAcceptance(id, "admin", at(end.plusDays(24).toString()));
        pay(invoice, end.plusDays(50), royaltyOf(report));
      }
    }
  }

  private void pay(Long invoice, LocalDate on, BigDecimal amount) {
    if (invoice == null || amount.signum() <= 0) {
      return;
    }
    history.invoicePayment(
        invoice,
        new NewPayment(on, amount, "SGD", PaymentPurpose.ROYALTY, "Bank transfer", null),
        "admin",
        at(on.toString()));
  }

  /**
   * The royalty the demo's terms put on a quarter: 3 % of net sales (the 2 % tier starts at S$2M of
   * a licence year's sales, which these quarters stay below).
   */
  private static BigDecimal royaltyOf(NewRoyaltyReport report) {
    BigDecimal net = BigDecimal.ZERO;
    for (NewRoyaltyReport.SalesLine l : report.lines()) {
      net = net.add(l.grossSales()).subtract(l.deductions());
    }
    return net.multiply(new BigDecimal("0.03")).setScale(2, RoundingMode.HALF_EVEN);
  }

  /** Two lines: most sales in the main territory, some elsewhere; deductions of 6 %. */
  private static NewRoyaltyReport report(Story story, LocalDate start, long gross) {
    long main = gross * 4 / 5;
    long rest = gross - main;
    return new NewRoyaltyReport(
        start,
        "SGD",
        List.of(
            line(story.product(), story.territory(), main),
            line(story.product(), "Other provinces", rest)),
        null,
        null);
  }

  private static NewRoyaltyReport.SalesLine line(String product, String territory, long gross) {
    BigDecimal g = BigDecimal.valueOf(gross).setScale(2);
    return new NewRoyaltyReport.SalesLine(
        product,
        territory,
        gross / 40,
        g,
        g.multiply(new BigDecimal("0.06")).setScale(2, RoundingMode.HALF_EVEN));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
