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
 * are in the tables. Notes become a caption row alone. Enum values and bilingual texts are in the
 * reader's language ({@link ReportCells}); numbers and dates stay numbers and dates.
 */
final class SpreadsheetReport {
  private SpreadsheetReport() {}

  static void write(AnnualReport report, ReportCells cells, TableSink sink) throws IOException {
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
            List<Object> labelled = new ArrayList<>();
            for (Object value : row) {
              labelled.add(cells.label(value));
            }
            sink.row(labelled);
          }
        }
      }
    }
  }
}
