package org.institute.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.InvalidCommandException;
import org.institute.core.Role;
import org.institute.web.platform.export.ExportFormat;
import org.institute.web.platform.export.TableSink;

/**
 * Generates the annual report for the Governing Council: admins, council members and auditors only.
 * Generation reports its progress in percent, section by section, for the portal's progress bar.
 */
@RequestScoped
public class AnnualReports {

  /** The first year of the institute (incepted 2015) and a sane ceiling. */
  public static final int FIRST_YEAR = 2015;

  public static final int LAST_YEAR = 2200;

  @Inject private Instance<AnnualReportSection> sections;
  @Inject private Caller caller;
  @Inject private PdfReportRenderer pdf;

  /** Builds every section, calling {@code progress} with 0..90 as sections are done. */
  public AnnualReport generate(int year, IntConsumer progress) {
    if (!(caller.hasRole(Role.ADMIN)
        || caller.hasRole(Role.COUNCIL)
        || caller.hasRole(Role.AUDITOR))) {
      throw new AccessRefusedException("report.refused");
    }
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw InvalidCommandException.of("year", "field.outOfRange");
    }
    List<AnnualReportSection> ordered = new ArrayList<>();
    sections.forEach(ordered::add);
    ordered.sort(Comparator.comparingInt(AnnualReportSection::order));
    List<ReportSection> built = new ArrayList<>();
    progress.accept(0);
    for (int i = 0; i < ordered.size(); i++) {
      built.add(ordered.get(i).build(year));
      progress.accept((i + 1) * 90 / ordered.size());
    }
    return new AnnualReport(year, Instant.now(), built);
  }

  /**
   * Writes the report as PDF, or its tables as XLSX (a sheet per table) or CSV (one after another).
   */
  public void write(AnnualReport report, String format, OutputStream out) throws IOException {
    if ("pdf".equals(format)) {
      pdf.render(report, out);
      return;
    }
    try (TableSink sink = ExportFormat.parse("format", format).open(out)) {
      SpreadsheetReport.write(report, sink);
    }
  }

  public static String fileName(int year, String format) {
    return "annual-report-" + year + "." + format;
  }

  public static String contentType(String format) {
    return "pdf".equals(format)
        ? "application/pdf"
        : ExportFormat.parse("format", format).contentType();
  }

  /** Parses the format parameter: pdf (the default), xlsx or csv. */
  public static String format(String value) {
    if (value == null || value.isBlank()) {
      return "pdf";
    }
    String f = value.trim().toLowerCase(java.util.Locale.ROOT);
    if (!f.equals("pdf") && !f.equals("xlsx") && !f.equals("csv")) {
      throw InvalidCommandException.of("format", "field.notAllowedValue");
    }
    return f;
  }
}
