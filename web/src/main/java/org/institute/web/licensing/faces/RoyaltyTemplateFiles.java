package org.institute.web.licensing.faces;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.institute.licensing.RoyaltyReports;

/**
 * The royalty report template as files (docs/decisions/0101): written as CSV (UTF-8) and XLSX with
 * the header and an example row, and read back from either into rows of text cells for the
 * licensing module's dry run ({@link RoyaltyReports#preview}). Only the file format lives here.
 */
final class RoyaltyTemplateFiles {

  /** The largest template accepted: 200 lines fit in far less. */
  static final long MAX_BYTES = 1024 * 1024;

  private RoyaltyTemplateFiles() {}

  static byte[] csv(List<String> header, List<String> example) {
    StringBuilder out = new StringBuilder();
    out.append(String.join(",", header)).append("\r\n");
    out.append(
            String.join(
                ",", example.stream().map(c -> c.contains(",") ? '"' + c + '"' : c).toList()))
        .append("\r\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] xlsx(List<String> header, List<String> example) {
    try (Workbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Royalty report");
      Row head = sheet.createRow(0);
      Row row = sheet.createRow(1);
      for (int c = 0; c < header.size(); c++) {
        head.createCell(c).setCellValue(header.get(c));
        String value = example.get(c);
        if (c >= 2) {
          row.createCell(c).setCellValue(Double.parseDouble(value));
        } else {
          row.createCell(c).setCellValue(value);
        }
        sheet.setColumnWidth(c, 20 * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the template", e);
    }
  }

  /**
   * The rows of an uploaded CSV or XLSX file (by its name, else by its first bytes: a ZIP is XLSX).
   *
   * @throws IOException when the file cannot be read as either
   */
  static List<List<String>> read(String fileName, byte[] content) throws IOException {
    boolean xlsx =
        (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"))
            || (content.length > 1 && content[0] == 'P' && content[1] == 'K');
    return xlsx ? readXlsx(content) : readCsv(content);
  }

  private static List<List<String>> readCsv(byte[] content) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (Reader reader =
        new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
      for (CSVRecord record : CSVFormat.DEFAULT.builder().get().parse(reader)) {
        List<String> cells = new ArrayList<>();
        record.forEach(cells::add);
        rows.add(cells);
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      throw new IOException("not a CSV file", e);
    }
    if (!rows.isEmpty() && !rows.get(0).isEmpty() && rows.get(0).get(0).startsWith("\uFEFF")) {
      rows.get(0).set(0, rows.get(0).get(0).substring(1));
    }
    return rows;
  }

  private static List<List<String>> readXlsx(byte[] content) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter format = new DataFormatter(Locale.ROOT);
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      Sheet sheet = workbook.getSheetAt(0);
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : format.formatCellValue(cell));
          }
        }
        rows.add(cells);
      }
    } catch (RuntimeException e) {
      throw new IOException("not an XLSX file", e);
    }
    return rows;
  }
}
