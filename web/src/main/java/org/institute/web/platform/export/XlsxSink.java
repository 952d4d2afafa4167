package org.institute.web.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only a window of rows stays in memory, the rest goes to a
 * temporary file that {@link #close} removes, so a long list costs little heap. Numbers are numeric
 * cells and dates date cells, so the spreadsheet can sum and sort them.
 */
final class XlsxSink implements TableSink {

  /** Rows kept in memory per sheet before POI flushes them to its temporary file. */
  private static final int WINDOW = 200;

  private final OutputStream out;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private final CellStyle dateStyle;
  private final CellStyle moneyStyle;
  private final Set<String> names = new HashSet<>();
  private SXSSFSheet sheet;
  private int rowIndex;

  XlsxSink(OutputStream out) {
    this.out = out;
    dateStyle = workbook.createCellStyle();
    dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    moneyStyle = workbook.createCellStyle();
    moneyStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
  }

  @Override
  public void sheet(String name) {
    String safe = WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Sheet" : name);
    String unique = safe;
    for (int i = 2; !names.add(unique.toLowerCase()); i++) {
      String suffix = " (" + i + ")";
      unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
    }
    sheet = workbook.createSheet(unique);
    rowIndex = 0;
  }

  @Override
  public void row(List<?> cells) {
    if (sheet == null) {
      sheet("Sheet");
    }
    Row row = sheet.createRow(rowIndex++);
    for (int i = 0; i < cells.size(); i++) {
      Object value = cells.get(i);
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (value instanceof BigDecimal d) {
        cell.setCellValue(d.doubleValue());
        if (d.scale() == 2) {
          cell.setCellStyle(moneyStyle);
        }
      } else if (value instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else if (value instanceof LocalDate date) {
        cell.setCellValue(date);
        cell.setCellStyle(dateStyle);
      } else if (value instanceof Boolean b) {
        cell.setCellValue(b);
      } else {
        // a string cell is never evaluated as a formula, so no guard is needed here
        cell.setCellValue(Cells.text(value));
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
      out.flush();
    } finally {
      workbook.close();
    }
  }
}
