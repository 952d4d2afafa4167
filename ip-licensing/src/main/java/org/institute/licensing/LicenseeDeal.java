package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.BilingualText;

/**
 * A signed licence deal as its licensee sees it: the terms, what it owes and when, the payments
 * received, and the reporting periods with their reports. Nothing of the licensor side's review
 * (consents, approvals, comments) and no other licensee. {@code mayFile}: whether the reader may
 * file the reports of its periods.
 */
public record LicenseeDeal(
    long id,
    String title,
    String titleZh,
    DealState state,
    long licenseeId,
    String licenseeName,
    String licenseeNameZh,
    DealTerms terms,
    LocalDate signingDate,
    List<Duty> obligations,
    List<Received> payments,
    List<Period> periods,
    boolean mayFile)
    implements Serializable {

  public LicenseeDeal {
    obligations = List.copyOf(obligations);
    payments = List.copyOf(payments);
    periods = List.copyOf(periods);
  }

  public String title(String languageTag) {
    return BilingualText.in(title, titleZh, languageTag);
  }

  public String licenseeName(String languageTag) {
    return BilingualText.in(licenseeName, licenseeNameZh, languageTag);
  }

  /** An obligation of the deal with its status today. */
  public record Duty(
      ObligationKind kind,
      String description,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate due,
      BigDecimal amount,
      BigDecimal paid,
      ObligationStatus status)
      implements Serializable {}

  /** A payment received (voided ones are marked). */
  public record Received(
      LocalDate receivedOn,
      BigDecimal amount,
      String currency,
      PaymentPurpose purpose,
      boolean voided)
      implements Serializable {}

  /**
   * A reporting period: a quarter of a licence year, whether it has ended (reports are filed after
   * the period), its report if filed, with the version in force and the royalty due; the day its
   * report is due and how its filing stands against that (decision 0104).
   */
  public record Period(
      int licenceYear,
      int quarter,
      LocalDate start,
      LocalDate end,
      boolean closesYear,
      boolean ended,
      Long reportId,
      Integer reportVersion,
      BigDecimal due,
      LocalDate reportDue,
      ReportTimeliness timeliness)
      implements Serializable {}
}
