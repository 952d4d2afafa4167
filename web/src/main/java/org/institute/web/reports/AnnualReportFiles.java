package org.institute.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.institute.core.InvalidCommandException;
import org.institute.reporting.AnnualReport;
import org.institute.web.platform.export.ExportFormat;
import org.institute.web.platform.export.TableSink;

/**
 * The annual report as files: PDF, or its tables as XLSX or CSV. The report itself is built by the
 * reporting module ({@link org.institute.reporting.AnnualReports}).
 */
@RequestScoped
public class AnnualReportFiles {

  @Inject private PdfReportRenderer pdf;

  /**
   * Writes the report as PDF, or its tables as XLSX (a sheet per table) or CSV (one after another),
   * with the labels of the reader's language.
   */
  public void write(AnnualReport report, String format, Locale reader, OutputStream out)
      throws IOException {
    if ("pdf".equals(format)) {
      pdf.render(report, reader, out);
      return;
    }
    try (TableSink sink = ExportFormat.parse("format", format).open(out)) {
      SpreadsheetReport.write(report, ReportCells.in(reader), sink);
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
