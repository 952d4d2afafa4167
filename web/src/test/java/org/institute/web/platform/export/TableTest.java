package org.institute.web.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.institute.core.ListSort;
import org.institute.core.PageCursor;
import org.institute.core.PageRequest;
import org.institute.core.Slice;
import org.junit.jupiter.api.Test;

class TableTest {

  record Row(long id, String title, BigDecimal amount, String currency, LocalDate date) {}

  private static final List<Column<Row>> COLUMNS =
      List.of(
          Column.of("id", Row::id),
          Column.of("title", Row::title),
          Column.of("amount", Row::amount),
          Column.of("currency", Row::currency),
          Column.of("date", Row::date));

  private static List<Row> rows(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                new Row(
                    i + 1, "项目 " + i, new BigDecimal("-12.50"), "SGD", LocalDate.of(2020, 1, 1)))
        .toList();
  }

  private static byte[] write(Table<?> table, ExportFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableSink sink = format.open(out)) {
      table.writeTo(sink);
    }
    return out.toByteArray();
  }

  private static List<CSVRecord> csv(byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
  }

  @Test
  void aLongListIsReadPageByPageAndWrittenWhole() throws IOException {
    List<Row> all = rows(450);
    List<int[]> calls = new ArrayList<>();
    Table<Row> table =
        Table.paged(
            "rows",
            COLUMNS,
            (offset, limit) -> {
              calls.add(new int[] {offset, limit});
              return all.subList(
                  Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
            });

    List<CSVRecord> records = csv(write(table, ExportFormat.CSV));

    assertThat(records).hasSize(451);
    assertThat(records.get(0).values())
        .containsExactly("id", "title", "amount", "currency", "date");
    assertThat(records.get(450).get(0)).isEqualTo("450");
    assertThat(calls).extracting(c -> c[0]).containsExactly(0, 200, 400);
    assertThat(calls).extracting(c -> c[1]).containsOnly(Table.PAGE);
  }

  @Test
  void aKeysetListContinuesAfterEachPagesLastRowWithoutCountingUntilNoCursorIsLeft()
      throws IOException {
    List<Row> all = rows(401);
    ListSort byId = ListSort.ascending("id");
    List<PageRequest> asked = new ArrayList<>();
    Table<Row> table =
        Table.sliced(
            "rows",
            COLUMNS,
            request -> {
              asked.add(request);
              long after = request.after() == null ? 0 : request.after().id();
              List<Row> page =
                  all.stream().filter(r -> r.id() > after).limit(request.limit()).toList();
              Row last = page.get(page.size() - 1);
              PageCursor next =
                  last.id() < all.size() ? PageCursor.after(byId, "", last.id()) : null;
              return new Slice<>(page, next, null);
            });

    List<CSVRecord> records = csv(write(table, ExportFormat.CSV));

    assertThat(records).hasSize(402);
    assertThat(records.get(401).get(0)).isEqualTo("401");
    assertThat(asked)
        .extracting(r -> r.after() == null ? 0 : r.after().id())
        .containsExactly(0L, 200L, 400L);
    assertThat(asked).allSatisfy(r -> assertThat(r.countExact()).isFalse());
    assertThat(asked).extracting(PageRequest::limit).containsOnly(Table.PAGE);
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsNeutralisedButNumbersKeepTheirSign()
      throws IOException {
    List<Row> rows =
        List.of(
            new Row(1, "=HYPERLINK(\"http://evil.example\")", new BigDecimal("-5.00"), "CNY", null),
            new Row(2, "+1", BigDecimal.ONE, "SGD", null),
            new Row(3, "-2+3", BigDecimal.ONE, "SGD", null),
            new Row(4, "@SUM(A1)", BigDecimal.ONE, "SGD", null),
            new Row(5, "A = B, \"quoted\"", BigDecimal.ONE, "SGD", null));

    List<CSVRecord> records = csv(write(Table.of("rows", COLUMNS, rows), ExportFormat.CSV));

    assertThat(records.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
    assertThat(records.get(1).get(2)).isEqualTo("-5.00");
    assertThat(records.get(2).get(1)).isEqualTo("'+1");
    assertThat(records.get(3).get(1)).isEqualTo("'-2+3");
    assertThat(records.get(4).get(1)).isEqualTo("'@SUM(A1)");
    assertThat(records.get(5).get(1)).isEqualTo("A = B, \"quoted\"");
    assertThat(records.get(1).get(4)).isEmpty();
  }

  @Test
  void xlsxHoldsNumbersAsNumbersAndChineseTextIntact() throws IOException {
    byte[] bytes = write(Table.of("rows", COLUMNS, rows(3)), ExportFormat.XLSX);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("rows");
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("amount");
      assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("项目 0");
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(-12.5);
      assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("SGD");
      assertThat(sheet.getRow(1).getCell(4).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2020, 1, 1));
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
    }
  }

  @Test
  void formatsAreNamedByParameterAndMediaType() {
    assertThat(ExportFormat.parse("format", " XLSX ")).isEqualTo(ExportFormat.XLSX);
    assertThat(ExportFormat.ofMediaType("text/csv;qs=0.5")).isEqualTo(ExportFormat.CSV);
    assertThat(ExportFormat.ofMediaType("application/json")).isNull();
    assertThat(ExportFormat.CSV.contentType()).isEqualTo("text/csv;charset=UTF-8");
  }
}
