package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Funding and exchange rates (issue 6, item 3): the demo phase of S$61 million = RMB 300 million, a
 * disbursement moving the totals at once, conversions at the latest earlier rate or none, the
 * rates' CSV import all or nothing, access per role, and the pages in a browser.
 *
 * <p>Tests stay independent of order: the commitments they add (SCUT's) start in 1991, 2030, 2032
 * or 2034, outside the demo phase (2021-2025), and the rates they add are of 1996-1998, before any
 * demo transaction. The assertions hold in any order and whatever other tests added before.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class FundingIT {

  private static final String ANNOUNCED = "2020-12-08";
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

  private long partnerId(String code, String token) throws Exception {
    return Http.json(http().get("api/v1/partners?q=" + code + "&limit=200", token))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(p -> p.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static BigDecimal amount(JsonObject columns, String which) {
    return columns.getJsonObject(which).getJsonNumber("amount").bigDecimalValue();
  }

  private static List<JsonObject> rows(JsonObject list, String name) {
    return list.getJsonArray(name).getValuesAs(JsonObject.class);
  }

  /** A commitment of SCUT in CNY outside the demo phase; returns it as created. */
  private JsonObject commitment(String admin, int year, String committedOn, String amount)
      throws Exception {
    long scut = partnerId("SCUT", admin);
    HttpResponse<String> r =
        http()
            .json(
                "POST",
                "api/v1/funding/commitments",
                admin,
                """
            {"funder": %d, "labelEn": "Test commitment %d", "labelZh": "测试承诺", "year": %d,
             "committedOn": "%s", "amount": "%s", "currency": "CNY"}
            """
                    .formatted(scut, year, year, committedOn, amount));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(r.headers().firstValue("Location"))
        .get()
        .asString()
        .contains("/api/v1/funding/commitments/");
    return Http.json(r);
  }

  @Test
  void theDemoPhaseAddsUpToS61MillionAndRmb300MillionByFunderCentreAndYear() throws Exception {
    JsonObject list = Http.json(http().get("api/v1/funding?limit=200", http().tokenFor("council")));

    List<JsonObject> phase =
        rows(list, "byYear").stream()
            .filter(
                r ->
                    Integer.parseInt(r.getString("key")) >= 2021
                        && Integer.parseInt(r.getString("key")) <= 2025)
            .toList();
    assertThat(phase)
        .extracting(r -> r.getString("key"))
        .containsExactly("2021", "2022", "2023", "2024", "2025");
    BigDecimal sgd = BigDecimal.ZERO;
    BigDecimal cny = BigDecimal.ZERO;
    for (JsonObject year : phase) {
      sgd = sgd.add(amount(year.getJsonObject("committed"), "sgd"));
      cny = cny.add(amount(year.getJsonObject("committed"), "cny"));
      assertThat(amount(year.getJsonObject("committed"), "sgd"))
          .isEqualByComparingTo("12200000.00");
    }
    assertThat(sgd).isEqualByComparingTo("61000000.00");
    // S$61 million at the announcement's rate of 4.9180: RMB 300 million, as announced, rounded
    assertThat(cny).isEqualByComparingTo("299998000.00");
    assertThat(cny.subtract(new BigDecimal("300000000")).abs()).isLessThan(new BigDecimal("3000"));

    assertThat(rows(list, "byCentre"))
        .extracting(r -> r.getString("key"))
        .contains("BIOMED", "DIGITAL", "NEWENERGY");
    long ntu = partnerId("NTU", http().tokenFor("admin"));
    JsonObject ntuRow =
        rows(list, "byFunder").stream()
            .filter(r -> r.getString("key").equals(Long.toString(ntu)))
            .findFirst()
            .orElseThrow();
    assertThat(ntuRow.getJsonObject("committed").getJsonObject("own").getString("formatted"))
        .isEqualTo("SGD 24,400,000.00");
    // 2021 and 2022 paid in full, half of 2023: 2.5 years of NTU's 4.88 million a year
    assertThat(ntuRow.getJsonObject("disbursed").getJsonObject("own").getString("formatted"))
        .isEqualTo("SGD 12,200,000.00");
    // disbursed in March 2021 and later, converted at the announcement's rate, which says so
    assertThat(
            ntuRow
                .getJsonObject("disbursed")
                .getJsonObject("cny")
                .getJsonArray("earlierRateDates")
                .getString(0))
        .isEqualTo(ANNOUNCED);
    assertThat(list.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(60);
    JsonObject first = list.getJsonArray("items").getJsonObject(0);
    assertThat(first.getJsonArray("movements")).isEmpty();
  }

  @Test
  void aDisbursementMovesTheTotalsAtOnceAndAStaleVersionIsRefused() throws Exception {
    String admin = http().tokenFor("admin");
    JsonObject created = commitment(admin, 2030, "2030-01-02", "1000000.00");
    long id = created.getJsonNumber("id").longValue();
    long version = created.getJsonNumber("version").longValue();
    // no rate on 2030-01-02: the latest earlier one stands in and is named
    assertThat(
            created
                .getJsonObject("committed")
                .getJsonObject("sgd")
                .getJsonArray("earlierRateDates"))
        .isNotEmpty();

    HttpResponse<String> r =
        http()
            .json(
                "POST",
                "api/v1/funding/commitments/" + id + "/disbursements",
                admin,
                """
            {"date": "2030-03-31", "amount": "250000.00", "currency": "CNY", "purpose": "First tranche", "version": %d}
            """
                    .formatted(version));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonObject after = Http.json(r);
    assertThat(after.getJsonNumber("version").longValue()).isGreaterThan(version);
    assertThat(after.getJsonArray("movements")).hasSize(1);
    assertThat(after.getJsonArray("movements").getJsonObject(0).getString("recordedBy"))
        .isEqualTo("admin");

    JsonObject year = Http.json(http().get("api/v1/funding?year=2030", http().tokenFor("council")));
    JsonObject totals = year.getJsonObject("totals");
    assertThat(amount(totals.getJsonObject("disbursed"), "own")).isEqualByComparingTo("250000.00");
    assertThat(amount(totals.getJsonObject("committed"), "own")).isEqualByComparingTo("1000000.00");
    assertThat(amount(totals.getJsonObject("spent"), "own")).isEqualByComparingTo("0");

    // the version read before the disbursement is stale now
    Expect.problem(
        http()
            .json(
                "POST",
                "api/v1/funding/commitments/" + id + "/expenditures",
                admin,
                """
            {"date": "2030-04-30", "amount": "1000.00", "currency": "CNY", "purpose": "Equipment", "version": %d}
            """
                    .formatted(version)),
        409);
    long current = after.getJsonNumber("version").longValue();
    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/funding/commitments/" + id + "/disbursements",
                admin,
                """
            {"date": "2030-04-30", "amount": "750000.01", "currency": "CNY", "purpose": "Too much", "version": %d}
            """
                    .formatted(current)),
        "amount:funding.disbursement.exceedsCommitment");
    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/funding/commitments/" + id + "/expenditures",
                admin,
                """
            {"date": "2030-04-30", "amount": "250000.01", "currency": "CNY", "purpose": "Too much", "version": %d}
            """
                    .formatted(current)),
        "amount:funding.expenditure.exceedsDisbursed");
    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/funding/commitments/" + id + "/expenditures",
                admin,
                """
            {"date": "2030-04-30", "amount": "100.00", "currency": "SGD", "purpose": "Wrong money", "version": %d}
            """
                    .formatted(current)),
        "currency:funding.currency.mismatch");
    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/funding/commitments/" + id + "/expenditures",
                admin,
                """
            {"date": "2030-04-30", "amount": "ten", "currency": "USD", "purpose": "", "version": %d, "extra": 1}
            """
                    .formatted(current)),
        "extra:field.unknown");
    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/funding/commitments/" + id + "/expenditures",
                admin,
                """
            {"date": "2030-04-30", "amount": "ten", "currency": "USD", "purpose": " ", "version": %d}
            """
                    .formatted(current)),
        "amount:amount.invalid",
        "currency:currency.unsupported",
        "purpose:field.required");
    Expect.problem(http().get("api/v1/funding/commitments/99999999", admin), 404);
    Expect.problem(http().get("api/v1/funding/commitments/abc", admin), 404);
  }

  @Test
  void aCommitmentBeforeAnyRateSaysSoInsteadOfFailing() throws Exception {
    String admin = http().tokenFor("admin");
    JsonObject created = commitment(admin, 1991, "1991-03-01", "5000.00");

    JsonObject sgd = created.getJsonObject("committed").getJsonObject("sgd");
    // absent, as every null field of a response
    assertThat(sgd.containsKey("amount")).isFalse();
    assertThat(sgd.getString("noRateOn")).isEqualTo("1991-03-01");
    assertThat(amount(created.getJsonObject("committed"), "cny")).isEqualByComparingTo("5000.00");

    JsonObject year = Http.json(http().get("api/v1/funding?year=1991", admin));
    assertThat(
            year.getJsonObject("totals")
                .getJsonObject("committed")
                .getJsonObject("sgd")
                .getString("noRateOn"))
        .isEqualTo("1991-03-01");

    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/funding/commitments",
                admin,
                """
            {"funder": 999999, "labelEn": "", "year": 2031, "periodFrom": "2031-01-01",
             "committedOn": "2031-01-01", "amount": "-5", "currency": "EUR"}
            """),
        "year:funding.period.yearOrDates");
    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/funding/commitments",
                admin,
                """
            {"funder": 999999, "labelEn": "", "periodFrom": "2031-02-01", "periodTo": "2031-01-01",
             "committedOn": "2031-01-01", "amount": "-5", "currency": "EUR"}
            """),
        "funder:partner.unknown",
        "labelEn:field.required",
        "periodTo:project.endDate.beforeStart",
        "amount:amount.outOfRange",
        "currency:currency.unsupported");
  }

  @Test
  void aBadCsvIsRefusedWithEveryLineAndStoresNothingAndTheSameGoodFileTwiceIsHarmless()
      throws Exception {
    String admin = http().tokenFor("admin");
    long before =
        Http.json(http().get("api/v1/fx-rates?limit=1&count=exact", admin))
            .getJsonNumber("total")
            .longValue();

    JsonObject problem =
        Expect.problem(
            http()
                .postCsv(
                    "api/v1/fx-rates",
                    admin,
                    "date,rate\n1996-01-02,5.01\n1996-01-03,five\n1996/01/04,5.02\n1996-01-05,5.03,x\n"),
            400);
    assertThat(problem.getJsonArray("violations").getValuesAs(JsonObject.class))
        .extracting(v -> v.getString("field") + ":" + v.getString("code"))
        .containsExactly("line 3:fx.csv.rate", "line 4:fx.csv.date", "line 5:fx.csv.columns");
    assertThat(problem.getJsonArray("violations").getJsonObject(0).getString("message"))
        .isEqualTo("The rate is not a number.");
    // a rate is observed, not forecast: a rate of the day after tomorrow, or of 2099, is refused
    String dayAfterTomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString();
    Expect.violations(
        http()
            .postCsv(
                "api/v1/fx-rates",
                admin,
                "date,rate\n1996-01-02,5.01\n" + dayAfterTomorrow + ",5\n"),
        "line 3:fx.date.future");
    Expect.violations(
        http()
            .postJson(
                "api/v1/fx-rates",
                admin,
                "{\"date\":\"2099-01-01\",\"pair\":\"SGD/CNY\",\"rate\":\"5\"}"),
        "date:fx.date.future");
    assertThat(
            Http.json(http().get("api/v1/fx-rates?limit=1&count=exact", admin))
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(before);

    String good = "date,rate\n1996-01-02,5.01\n1996-01-03,5.0150\n1996-01-04,5.02\n";
    JsonObject first = Http.json(http().postCsv("api/v1/fx-rates", admin, good));
    assertThat(first.getInt("added")).isEqualTo(3);
    JsonObject again = Http.json(http().postCsv("api/v1/fx-rates", admin, good));
    assertThat(again.getInt("added")).isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(3);
    assertThat(
            Http.json(http().get("api/v1/fx-rates?limit=1&count=exact", admin))
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(before + 3);
    JsonObject corrected =
        Http.json(http().postCsv("api/v1/fx-rates", admin, "date,rate\n1996-01-04,5.0201\n"));
    assertThat(corrected.getInt("corrected")).isEqualTo(1);

    // newest first
    List<JsonObject> page =
        Http.json(http().get("api/v1/fx-rates?limit=200", http().tokenFor("auditor")))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    for (int i = 1; i < page.size(); i++) {
      assertThat(page.get(i - 1).getString("date"))
          .isGreaterThanOrEqualTo(page.get(i).getString("date"));
    }
    Expect.problem(http().postCsv("api/v1/fx-rates", admin, "date,rate\n\"1996-01-02,5\n"), 400);
    Expect.violations(
        http().postCsv("api/v1/fx-rates", admin, "when,what\n1996-01-02,5\n"),
        "line 1:fx.csv.header");
  }

  @Test
  void anAdminEntersOneRateAndBadRatesAreRefused() throws Exception {
    String admin = http().tokenFor("admin");

    HttpResponse<String> r =
        http()
            .json(
                "POST",
                "api/v1/fx-rates",
                admin,
                """
            {"date": "1997-01-02", "pair": "CNY/SGD", "rate": "0.1995"}
            """);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(Http.json(r).getString("source")).isEqualTo("entered by admin");

    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/fx-rates",
                admin,
                """
            {"date": "1997-01-03", "pair": "SGD/USD", "rate": "-1"}
            """),
        "quote:currency.unsupported",
        "rate:fx.rate.outOfRange");
    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/fx-rates",
                admin,
                """
            {"date": "1997-01-03", "pair": "SGD", "rate": "5", "note": "x"}
            """),
        "note:field.unknown");
    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/fx-rates",
                admin,
                """
            {"date": "1997-01-03", "pair": "SGD-CNY", "rate": "5"}
            """),
        "pair:fx.pair.invalid");
  }

  @Test
  void adminsWriteTheCouncilAndAuditorsReadPartnerStaffReadTheirOwnPartnersCommitments()
      throws Exception {
    String admin = http().tokenFor("admin");
    String ntuStaff = http().tokenFor("ntu.staff");
    long ntu = partnerId("NTU", admin);

    JsonObject own = Http.json(http().get("api/v1/funding?limit=200", ntuStaff));
    assertThat(own.getJsonNumber("total").longValue()).isEqualTo(15);
    assertThat(own.getJsonArray("items").getValuesAs(JsonObject.class))
        .allSatisfy(c -> assertThat(c.getJsonNumber("funder").longValue()).isEqualTo(ntu));
    assertThat(rows(own, "byFunder")).hasSize(1);

    long scutCommitment =
        Http.json(http().get("api/v1/funding?limit=1&funder=" + partnerId("SCUT", admin), admin))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    Expect.problem(http().get("api/v1/funding/commitments/" + scutCommitment, ntuStaff), 404);
    assertThat(
            http()
                .get("api/v1/funding/commitments/" + scutCommitment, http().tokenFor("auditor"))
                .statusCode())
        .isEqualTo(200);

    Expect.problem(http().get("api/v1/funding", http().tokenFor("coordinator")), 403);
    Expect.problem(http().get("api/v1/fx-rates", http().tokenFor("coordinator")), 403);
    Expect.problem(http().get("api/v1/fx-rates", ntuStaff), 403);
    assertThat(http().get("api/v1/fx-rates", http().tokenFor("council")).statusCode())
        .isEqualTo(200);
    assertThat(http().get("api/v1/funding", null).statusCode()).isEqualTo(401);
    String council = http().tokenFor("council");
    Expect.problem(
        http()
            .json(
                "POST",
                "api/v1/funding/commitments/" + scutCommitment + "/disbursements",
                council,
                """
            {"date": "2030-03-31", "amount": "1.00", "currency": "CNY", "purpose": "x", "version": 0}
            """),
        403);
    Expect.problem(http().json("POST", "api/v1/funding/commitments", ntuStaff, "{}"), 403);
    Expect.problem(
        http().postCsv("api/v1/fx-rates", http().tokenFor("auditor"), "date,rate\n1996-02-01,5\n"),
        403);
    Expect.problem(
        http()
            .json(
                "POST",
                "api/v1/fx-rates",
                council,
                """
            {"date": "1997-01-02", "pair": "SGD/CNY", "rate": "5"}
            """),
        403);
  }

  @Test
  void theCommitmentsExportAsCsvAndXlsxAsTheJsonListsThemAndNeverAsAFormula() throws Exception {
    String admin = http().tokenFor("admin");
    long scut = partnerId("SCUT", admin);
    HttpResponse<String> r =
        http()
            .json(
                "POST",
                "api/v1/funding/commitments",
                admin,
                """
            {"funder": %d, "labelEn": "=1+2 export", "labelZh": "@导出测试", "year": 2036,
             "committedOn": "2036-01-05", "amount": "1234.50", "currency": "CNY"}
            """
                    .formatted(scut));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    long id = Http.json(r).getJsonNumber("id").longValue();
    String query = "api/v1/funding?funder=" + scut + "&year=2036";
    List<JsonObject> items = rows(Http.json(http().get(query + "&limit=200", admin)), "items");
    JsonObject item =
        items.stream()
            .filter(c -> c.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();

    List<CSVRecord> csv = Exports.csv(http().download(query + "&format=csv", admin));
    assertThat(csv.get(0).values())
        .containsExactly(
            "id",
            "funder",
            "centreCode",
            "labelEn",
            "labelZh",
            "periodFrom",
            "periodTo",
            "committedOn",
            "currency",
            "committed",
            "disbursed",
            "spent",
            "committedSgd",
            "disbursedSgd",
            "spentSgd",
            "committedCny",
            "disbursedCny",
            "spentCny");
    assertThat(csv).hasSize(items.size() + 1);
    Map<String, String> row = Exports.row(csv, id);
    assertThat(row.get("funder")).isEqualTo("SCUT");
    assertThat(row.get("labelEn")).as("never a formula").isEqualTo("'=1+2 export");
    assertThat(row.get("labelZh")).isEqualTo("'@导出测试");
    assertThat(row.get("periodFrom"))
        .isEqualTo(item.getString("periodFrom"))
        .isEqualTo("2036-01-01");
    assertThat(row.get("periodTo")).isEqualTo("2036-12-31");
    assertThat(row.get("currency")).isEqualTo("CNY");
    assertThat(new BigDecimal(row.get("committed")))
        .isEqualByComparingTo(amount(item.getJsonObject("committed"), "own"));
    assertThat(new BigDecimal(row.get("committedCny"))).isEqualByComparingTo("1234.50");
    assertThat(new BigDecimal(row.get("committedSgd")))
        .isEqualByComparingTo(amount(item.getJsonObject("committed"), "sgd"));
    assertThat(new BigDecimal(row.get("spent"))).isEqualByComparingTo("0");

    Exports.Sheet sheet =
        Exports.xlsx(http().download(query + "&format=xlsx", http().tokenFor("council")));
    assertThat(sheet.rows()).isEqualTo(items.size());
    assertThat(sheet.headers()).contains("committed", "committedSgd", "committedCny");

    // partner staff export their own partner's commitments only; anonymous callers get nothing
    String ntuStaff = http().tokenFor("ntu.staff");
    long own =
        Http.json(http().get("api/v1/funding?limit=1", ntuStaff))
            .getJsonNumber("total")
            .longValue();
    List<CSVRecord> ntu = Exports.csv(http().download("api/v1/funding?format=csv", ntuStaff));
    assertThat(ntu).hasSize((int) own + 1);
    assertThat(ntu.stream().skip(1)).allSatisfy(c -> assertThat(c.get(1)).isEqualTo("NTU"));
    Expect.problem(http().get("api/v1/funding?format=csv", http().tokenFor("coordinator")), 403);
    Expect.problem(http().get("api/v1/funding?format=xlsx", null), 401);
  }

  // --- the portal ---

  @Test
  void anAdminRecordsADisbursementOnTheCommitmentPage() throws Exception {
    portal.signInAs("admin");
    browser.findElement(By.cssSelector("[data-menu='menu-funding']")).click();
    Browser.until(browser, By.id("byFunder"));
    Browser.language(browser, "en");
    assertThat(browser.findElement(By.id("totals")).getText()).contains("Committed (SGD)", "All");
    assertThat(browser.findElement(By.id("byFunder")).getText())
        .contains(
            "Nanyang Technological University", "SGD 24,400,000.00", "at the rate of " + ANNOUNCED);
    Browser.screenshot(browser, "45-funding");

    long id =
        commitment(http().tokenFor("admin"), 2032, "2031-12-15", "1000000.00")
            .getJsonNumber("id")
            .longValue();

    browser.get(portal.url("app/funding/commitment.xhtml?id=" + id));
    Browser.until(browser, By.id("movement:amount"));
    assertThat(browser.findElement(By.id("no-movements")).getText()).contains("Nothing disbursed");
    new Select(browser.findElement(By.id("movement:kind"))).selectByValue("DISBURSEMENT");
    browser.findElement(By.id("movement:date")).sendKeys("2032-03-28");
    browser.findElement(By.id("movement:amount")).sendKeys("99999999");
    browser.findElement(By.id("movement:purpose")).sendKeys("Annual tranche 2032");
    browser.findElement(By.id("movement:save")).click();
    Browser.until(browser, By.cssSelector(".field-error"));
    assertThat(browser.findElement(By.id("movement")).getText())
        .contains("more than was committed");

    browser.findElement(By.id("movement:amount")).clear();
    browser.findElement(By.id("movement:amount")).sendKeys("491800.00");
    browser.findElement(By.id("movement:save")).click();
    Browser.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Disbursement of CNY 491,800.00 recorded"));
    assertThat(browser.findElement(By.id("row-disbursed")).getText())
        .contains("CNY 491,800.00", "SGD 100,000.00", "at the rate of " + ANNOUNCED);
    assertThat(browser.findElement(By.id("movements")).getText())
        .contains("Annual tranche 2032", "2032-03-28");
    Browser.screenshot(browser, "46-funding-commitment");

    // Post/Redirect/Get: the address names the commitment, the form is empty again, and a reload
    // records no second disbursement
    assertThat(browser.getCurrentUrl()).contains("commitment.xhtml?id=" + id);
    assertThat(browser.findElement(By.id("movement:amount")).getAttribute("value")).isEmpty();
    String movements = "SELECT COUNT(*) FROM rec_funding_movement WHERE commitment_id = ?";
    assertThat(Database.string(movements, id)).isEqualTo("1");
    browser.navigate().refresh();
    Browser.until(browser, By.id("movement:amount"));
    assertThat(Database.string(movements, id)).isEqualTo("1");
    assertThat(browser.findElement(By.id("messages")).getText())
        .doesNotContain("Disbursement of CNY 491,800.00 recorded");
    assertThat(browser.findElement(By.id("movements")).getText()).contains("Annual tranche 2032");
  }

  @Test
  void anAdminRecordsACommitmentOnTheFormAndSeesBadInputBesideItsFields() throws Exception {
    String admin = http().tokenFor("admin");
    long scut = partnerId("SCUT", admin);
    portal.signInAs("admin");
    browser.findElement(By.cssSelector("[data-menu='menu-funding']")).click();
    Browser.until(browser, By.id("newCommitment"));
    Browser.language(browser, "en");
    assertThat(browser.findElement(By.id("newCommitment")).getText()).isEqualTo("New commitment");
    browser.findElement(By.id("newCommitment")).click();
    Browser.until(browser, By.id("newCommitment:save"));
    assertThat(browser.findElement(By.cssSelector("label[for='newCommitment:amount']")).getText())
        .isEqualTo("Amount");

    // a period that ends before it starts and a negative amount: refused beside each field
    new Select(browser.findElement(By.id("newCommitment:funder")))
        .selectByValue(Long.toString(scut));
    browser.findElement(By.id("newCommitment:labelEn")).sendKeys("Test commitment 2034 (portal)");
    browser.findElement(By.id("newCommitment:labelZh")).sendKeys("测试承诺（门户）");
    browser.findElement(By.id("newCommitment:periodFrom")).sendKeys("2034-01-01");
    browser.findElement(By.id("newCommitment:periodTo")).sendKeys("2033-12-31");
    browser.findElement(By.id("newCommitment:committedOn")).sendKeys("2033-12-15");
    browser.findElement(By.id("newCommitment:amount")).sendKeys("-5");
    new Select(browser.findElement(By.id("newCommitment:currency"))).selectByValue("CNY");
    browser.findElement(By.id("newCommitment:save")).click();
    Browser.until(browser, By.cssSelector(".field-error"));
    assertThat(errorBeside("periodTo")).isEqualTo("The end date cannot be before the start date.");
    assertThat(errorBeside("amount")).isEqualTo("The amount is out of range.");
    assertThat(errorBeside("labelEn")).isEmpty();
    assertThat(browser.findElement(By.id("newCommitment:labelEn")).getAttribute("value"))
        .as("nothing typed is lost")
        .isEqualTo("Test commitment 2034 (portal)");
    Browser.screenshot(browser, "63-funding-commitment-new-error");
    assertThat(committedIn(admin, scut, 2034)).isZero();

    browser.findElement(By.id("newCommitment:periodTo")).clear();
    browser.findElement(By.id("newCommitment:periodTo")).sendKeys("2034-12-31");
    browser.findElement(By.id("newCommitment:amount")).clear();
    browser.findElement(By.id("newCommitment:amount")).sendKeys("250000.00");
    Browser.screenshot(browser, "62-funding-commitment-new");
    browser.findElement(By.id("newCommitment:save")).click();
    Browser.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"),
                "Commitment \"Test commitment 2034 (portal)\" of CNY 250,000.00 recorded."));
    Browser.until(browser, By.id("movement:amount"));

    JsonObject list = Http.json(http().get("api/v1/funding?funder=" + scut + "&year=2034", admin));
    assertThat(list.getJsonNumber("total").longValue()).isEqualTo(1);
    JsonObject created = list.getJsonArray("items").getJsonObject(0);
    assertThat(created.getString("labelZh")).isEqualTo("测试承诺（门户）");
    assertThat(created.getString("periodTo")).isEqualTo("2034-12-31");
    assertThat(amount(created.getJsonObject("committed"), "own")).isEqualByComparingTo("250000.00");
    assertThat(browser.getCurrentUrl()).endsWith("id=" + created.getJsonNumber("id").longValue());
    List<JsonObject> audit =
        Http.json(
                http()
                    .get(
                        "api/v1/audit?entityType=FundingCommitment&limit=5",
                        http().tokenFor("auditor")))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(audit)
        .anySatisfy(
            e -> {
              assertThat(e.getString("entityId"))
                  .isEqualTo(Long.toString(created.getJsonNumber("id").longValue()));
              assertThat(e.getString("action")).isEqualTo("FUNDING_COMMITTED");
              assertThat(e.getString("actor")).isEqualTo("admin");
            });
  }

  private String errorBeside(String field) {
    return browser
        .findElement(By.id("newCommitment:" + field))
        .findElement(By.xpath("./ancestor::div[@class='field']"))
        .findElements(By.cssSelector(".field-error"))
        .stream()
        .map(e -> e.getText())
        .findFirst()
        .orElse("");
  }

  private long committedIn(String admin, long funder, int year) throws Exception {
    return Http.json(http().get("api/v1/funding?funder=" + funder + "&year=" + year, admin))
        .getJsonNumber("total")
        .longValue();
  }

  @Test
  void anAdminImportsACsvOfRatesAndSeesEveryBadLine() throws Exception {
    Path bad = Files.createTempFile("rates-bad", ".csv");
    Path good = Files.createTempFile("rates", ".csv");
    Files.writeString(
        bad, "date,rate\n1998-01-02,4.71\n1998-01-05,4,72\n1998-02-30,4.73\n1998-01-07,0\n");
    Files.writeString(good, "date,rate\n1998-01-02,4.71\n1998-01-05,4.72\n1998-01-06,4.7350\n");
    try {
      portal.signInAs("admin");
      browser.findElement(By.cssSelector("[data-menu='menu-fx-rates']")).click();
      Browser.until(browser, By.id("upload:file"));
      Browser.language(browser, "en");

      browser.findElement(By.cssSelector("input[type=file]")).sendKeys(bad.toString());
      browser.findElement(By.id("upload:importButton")).click();
      Browser.until(browser, By.id("upload:csvErrors"));
      String errors = browser.findElement(By.id("upload:csvErrors")).getText();
      assertThat(errors)
          .contains(
              "3",
              "A line must have two values",
              "4",
              "Enter the date as YYYY-MM-DD",
              "5",
              "The rate must be more than 0");
      assertThat(browser.findElement(By.id("rateTable")).getText()).doesNotContain("1998-01-02");
      browser.executeScript(
          "arguments[0].scrollIntoView({block: 'center'})",
          browser.findElement(By.id("upload:csvErrors")));
      Browser.screenshot(browser, "47-fx-rates-import-errors");

      browser.findElement(By.cssSelector("input[type=file]")).sendKeys(good.toString());
      browser.findElement(By.id("upload:importButton")).click();
      Browser.waitFor(browser)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("messages"), "3 rows read: 3 added"));
      assertThat(browser.findElements(By.id("upload:csvErrors"))).isEmpty();

      browser.findElement(By.id("entry:date")).sendKeys("1998-01-07");
      browser.findElement(By.id("entry:rate")).sendKeys("4.7402");
      browser.findElement(By.id("entry:save")).click();
      Browser.waitFor(browser)
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "4.7402"));
      Browser.screenshot(browser, "48-fx-rates");
    } finally {
      Files.delete(bad);
      Files.delete(good);
    }
  }

  @Test
  void theCouncilReadsTheFundingPageInChinese() {
    portal.signInAs("council");
    browser.findElement(By.cssSelector("[data-menu='menu-funding']")).click();
    Browser.until(browser, By.id("byCentre"));
    assertThat(browser.findElements(By.id("fxRatesLink"))).as("rates are kept by admins").isEmpty();
    assertThat(browser.findElements(By.id("newCommitment")))
        .as("only admins record funding")
        .isEmpty();

    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    Browser.until(browser, By.id("byCentre"));
    assertThat(browser.findElement(By.id("byCentre")).getText()).contains("已承诺", "数字技术研发中心");
    assertThat(browser.findElement(By.id("byYear")).getText()).contains("按 " + ANNOUNCED + " 的汇率");
    Browser.screenshot(browser, "49-funding-zh");
    browser.findElement(By.id("langForm:en")).click();
    Browser.language(browser, "en");
  }
}
