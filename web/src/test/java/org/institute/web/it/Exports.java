package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading the product's CSV and XLSX exports, with the checks every export must pass. */
final class Exports {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Exports() {}

  /** A CSV export: 200, a CSV content type in UTF-8; its records, the first being the headers. */
  static List<CSVRecord> csv(HttpResponse<byte[]> r) {
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    csvType(r);
    return csv(r.body());
  }

  /** The same, for a response read as text. */
  static List<CSVRecord> csvText(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    csvType(r);
    return csv(r.body().getBytes(StandardCharsets.UTF_8));
  }

  /** CSV bytes as Excel reads them: UTF-8 only after a byte order mark. */
  static List<CSVRecord> csv(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).as("Excel reads UTF-8 only after a byte order mark").startsWith("\uFEFF");
    try {
      return CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void csvType(HttpResponse<?> r) {
    assertThat(r.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("text/csv")
        .containsIgnoringCase("charset=UTF-8");
  }

  /** The record whose first cell is {@code id}, by header. */
  static Map<String, String> row(List<CSVRecord> records, long id) {
    CSVRecord row =
        records.stream()
            .filter(c -> c.get(0).equals(Long.toString(id)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row " + id + " in the export"));
    return named(records, row);
  }

  /** A record by header, the first record being the headers. */
  static Map<String, String> named(List<CSVRecord> records, CSVRecord row) {
    Map<String, String> cells = new HashMap<>();
    for (int i = 0; i < records.get(0).size(); i++) {
      cells.put(records.get(0).get(i), row.get(i));
    }
    return cells;
  }

  /** An XLSX export's first sheet: its headers and how many rows follow them. */
  record Sheet(List<String> headers, int rows) {}

  /** An XLSX export: 200, the spreadsheet content type; its first sheet. */
  static Sheet xlsx(HttpResponse<byte[]> r) {
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).get().asString().isEqualTo(XLSX);
    try (XSSFWorkbook book = workbook(r.body())) {
      org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
      List<String> headers = new ArrayList<>();
      sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
      return new Sheet(headers, sheet.getLastRowNum());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The workbook of XLSX bytes, for tests that read cells. */
  static XSSFWorkbook workbook(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }
}
