package org.institute.web.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.institute.reporting.AnnualReport;
import org.institute.reporting.ReportSection;
import org.institute.web.platform.export.TableSink;

/**
 * The report's tables as sheets: each table's first row is its bilingual caption, the second its
 * headers (English, then Chinese in brackets), then its rows. Charts are left out: their figures
 * are in the tables. Notes become a caption row alone.
 */
final class SpreadsheetReport {
  private SpreadsheetReport() {}

  static void write(AnnualReport report, TableSink sink) throws IOException {
    for (ReportSection section : report.sections()) {
      for (ReportSection.Block block : section.blocks()) {
        if (block instanceof ReportSection.Table t) {
          sink.sheet(t.captionEn());
          sink.row(List.of(t.captionEn() + " / " + t.captionZh() + " (" + report.year() + ")"));
          List<String> headers = new ArrayList<>();
          for (int i = 0; i < t.headersEn().size(); i++) {
            headers.add(t.headersEn().get(i) + " (" + t.headersZh().get(i) + ")");
          }
          sink.row(headers);
          for (List<Object> row : t.rows()) {
            sink.row(row);
          }
        }
      }
    }
  }
}
