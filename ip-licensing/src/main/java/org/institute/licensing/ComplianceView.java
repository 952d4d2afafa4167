package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.BilingualText;

/**
 * How a licensee stands with the institute on {@code asOf} (issue 18, item 6; decision 0104), over
 * the deals the reader may see: each ended reporting period's report on time, late or overdue; what
 * it owes by age past the due date; what it reported (the royalty due of the reports in force),
 * what was invoiced (invoices less credit notes) and what it paid against invoices, per calendar
 * year and currency (royalty invoices and credit notes; interest invoices are owed and aged but not
 * counted there, decision 0109); and the late-payment interest accrued on overdue invoices where
 * the terms set a rate. Figures come from the records only.
 */
public record ComplianceView(
    long licenseeId,
    String licenseeName,
    String licenseeNameZh,
    LocalDate asOf,
    int reportsOnTime,
    int reportsLate,
    int reportsOverdue,
    List<ReportRow> reports,
    List<OutstandingByLicensee> outstanding,
    List<YearRow> years,
    List<InterestRow> interest)
    implements Serializable {

  public ComplianceView {
    reports = List.copyOf(reports);
    outstanding = List.copyOf(outstanding);
    years = List.copyOf(years);
    interest = List.copyOf(interest);
  }

  /** The licensee's name in the reader's script. */
  public String licenseeName(String languageTag) {
    return BilingualText.in(licenseeName, licenseeNameZh, languageTag);
  }

  /** A reporting period that has ended, its report's due date and when it was first filed. */
  public record ReportRow(
      long dealId,
      String dealTitle,
      String dealTitleZh,
      int licenceYear,
      int quarter,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate dueDate,
      LocalDate filedOn,
      ReportTimeliness timeliness,
      Long reportId)
      implements Serializable {

    public String dealTitle(String languageTag) {
      return BilingualText.in(dealTitle, dealTitleZh, languageTag);
    }
  }

  /** Reported, invoiced and paid in one calendar year and currency. */
  public record YearRow(
      int year, String currency, BigDecimal reported, BigDecimal invoiced, BigDecimal paid)
      implements Serializable {}

  /**
   * The interest accrued to {@code asOf} on an invoice past its due date, at the deal's annual
   * rate, on what was outstanding each day; of it, what interest invoices charged ({@code
   * invoiced}) and what they did not yet ({@code notYetInvoiced}, decision 0109).
   */
  public record InterestRow(
      long invoiceId,
      String invoiceNumber,
      long dealId,
      String currency,
      BigDecimal ratePercent,
      LocalDate dueDate,
      long daysOverdue,
      BigDecimal outstanding,
      BigDecimal accrued,
      BigDecimal invoiced,
      BigDecimal notYetInvoiced)
      implements Serializable {}
}
