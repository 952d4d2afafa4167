package org.institute.licensing;

import java.util.List;

/**
 * Royalty reports and the licensee's view of its deals (docs/decisions/0092). A deal or report the
 * caller may not read is absent ({@link org.institute.core.RecordNotFoundException}), never
 * forbidden.
 */
public interface RoyaltyReports {

  /** The columns of the institute's royalty report template, as its header row names them. */
  List<String> TEMPLATE_COLUMNS =
      List.of("product", "territory", "units", "grossSales", "deductions");

  /** The template's example row. */
  List<String> TEMPLATE_EXAMPLE =
      List.of("Sepsis biosensor", "Guangdong", "1200", "100000.00", "4000.00");

  /** The signed deals of the caller's licensee company, newest first (licensee staff only). */
  List<LicenseeDeal> licenseeDeals();

  /** A signed deal as its licensee sees it, for its licensee's staff and the deal's readers. */
  LicenseeDeal licenseeDeal(long dealId);

  /** The deal's reports, by period. */
  List<RoyaltyReportView> reports(long dealId);

  /** One report with its history. */
  RoyaltyReportView report(long reportId);

  /**
   * Files a period's report, or a correction of it (a new version), and computes the royalty due.
   * Audited.
   */
  RoyaltyReportView file(long dealId, NewRoyaltyReport report);

  /** The reports awaiting review, the earliest period first (licensing admins). */
  List<RoyaltyReportView> awaitingReview();

  /**
   * Accepts the version in force, which the admin names ({@code version}): the report's invoice is
   * issued, or, when an accepted report was corrected, an invoice of the increase or a credit note
   * of the decrease. Audited.
   *
   * @throws org.institute.core.ConflictException when the report does not await review or a
   *     correction came after the version named
   */
  RoyaltyReportView accept(long reportId, int version);

  /** Queries the version in force with a question for the licensee. Audited. */
  RoyaltyReportView query(long reportId, int version, String question);

  /**
   * Answers the open query; {@code correction}, when given, is filed first as a new version (as
   * {@link #file} would). Audited.
   */
  RoyaltyReportView answer(long reportId, String answer, NewRoyaltyReport correction);

  /**
   * The dry run of an uploaded template of the deal's report: the rows of the file (the header
   * first) read as lines of sales or refused with their reasons (licensee staff and admins who file
   * the deal's reports); nothing is filed.
   */
  UploadPreview preview(long dealId, List<List<String>> cells);
}
