package org.institute.licensing.application;

import java.time.LocalDate;
import java.util.Locale;
import org.institute.core.Money;
import org.institute.licensing.domain.Invoice;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.ReportingPeriod;

/**
 * The reminders of royalty reports and invoices (decision 0104), in English or in Chinese: each
 * recipient gets the one of the language its account reads the portal in. Names in the reader's
 * script where stored.
 */
final class ComplianceMails {

  record Mail(String subject, String body) {}

  private ComplianceMails() {}

  /** A report not filed, {@code late} days after its due date (negative: before it). */
  static Mail report(
      boolean chinese, LicenceDeal deal, ReportingPeriod p, LocalDate due, long late, String link) {
    String title = deal.titles().in(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    if (chinese) {
      String when =
          late < 0
              ? "将于 " + due + " 到期（还有 " + (-late) + " 天）"
              : late == 0 ? "今天到期" : "已逾期 " + late + " 天（到期日 " + due + "）";
      return new Mail(
          (late > 0 ? "提成报告逾期：" : "提成报告提醒：")
              + "许可协议 #"
              + deal.id()
              + " 第"
              + p.licenceYear()
              + "许可年度第"
              + p.quarter()
              + "季度",
          "许可协议 #"
              + deal.id()
              + "「"
              + title
              + "」第"
              + p.licenceYear()
              + "许可年度第"
              + p.quarter()
              + "季度（"
              + p.start()
              + " 至 "
              + p.end()
              + "）的提成报告尚未提交，"
              + when
              + "。\n请在门户中提交："
              + link
              + "\n");
    }
    String when =
        late < 0
            ? "is due on " + due + " (in " + (-late) + " days)"
            : late == 0 ? "is due today" : "was due on " + due + " and is " + late + " days late";
    return new Mail(
        (late > 0 ? "Royalty report overdue: " : "Royalty report due: ")
            + "deal #"
            + deal.id()
            + " licence year "
            + p.licenceYear()
            + " Q"
            + p.quarter(),
        "The royalty report of licence deal #"
            + deal.id()
            + " \""
            + title
            + "\" for licence year "
            + p.licenceYear()
            + " Q"
            + p.quarter()
            + " ("
            + p.start()
            + " to "
            + p.end()
            + ") has not been filed; it "
            + when
            + ".\nFile it in the portal: "
            + link
            + "\n");
  }

  /** An invoice not settled, {@code late} days after its due date (negative: before it). */
  static Mail invoice(
      boolean chinese,
      LicenceDeal deal,
      Invoice invoice,
      Money outstanding,
      long late,
      String link) {
    String title = deal.titles().in(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    String amount =
        outstanding.currency().getCurrencyCode() + " " + outstanding.amount().toPlainString();
    if (chinese) {
      String when =
          late < 0
              ? "将于 " + invoice.dueDate() + " 到期（还有 " + (-late) + " 天）"
              : late == 0 ? "今天到期" : "已逾期 " + late + " 天（到期日 " + invoice.dueDate() + "）";
      return new Mail(
          (late > 0 ? "发票逾期：" : "发票付款提醒：") + invoice.number(),
          "许可协议 #"
              + deal.id()
              + "「"
              + title
              + "」的发票 "
              + invoice.number()
              + " 尚欠 "
              + amount
              + "，"
              + when
              + "。\n查看发票："
              + link
              + "\n");
    }
    String when =
        late < 0
            ? "is due on " + invoice.dueDate() + " (in " + (-late) + " days)"
            : late == 0
                ? "is due today"
                : "was due on " + invoice.dueDate() + " and is " + late + " days overdue";
    return new Mail(
        (late > 0 ? "Invoice overdue: " : "Invoice due: ") + invoice.number(),
        "Invoice "
            + invoice.number()
            + " of licence deal #"
            + deal.id()
            + " \""
            + title
            + "\": "
            + amount
            + " outstanding; it "
            + when
            + ".\nSee the invoice: "
            + link
            + "\n");
  }
}
