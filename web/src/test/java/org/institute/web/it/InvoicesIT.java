package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The review of royalty reports, invoices and credit notes, payments against invoices, over HTTP
 * against the real WAR (decision 0101), on the shared server. Huaxin's demo licence (signed
 * 2020-01-15, SGD, 3 %) reports quarters of its seventh licence year on (the periods {@link
 * RoyaltyReportsIT} leaves); Kangda's (signed 2020-11-16) those of the concurrent acceptances.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvoicesIT {

  private static final Set<String> TAKEN = new HashSet<>();

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  private Http api() {
    return new Http(base);
  }

  private String token(String user) throws Exception {
    return new Http(base).tokenFor(user);
  }

  static long dealOf(String licensee, String signed) throws Exception {
    return Long.parseLong(
        Database.string(
            "SELECT MIN(d.id) FROM lic_deal d JOIN ptn_partner p ON p.id = d.licensee_id"
                + " WHERE p.code = ? AND d.signing_date = ?",
            licensee,
            java.sql.Date.valueOf(signed)));
  }

  /** A quarter of the deal from {@code fromQuarter} on that has ended and has no report yet. */
  static synchronized LocalDate freePeriod(long deal, String signed, int fromQuarter)
      throws Exception {
    LocalDate from = LocalDate.parse(signed);
    for (int q = fromQuarter; q < 40; q++) {
      LocalDate start = from.plusMonths(3L * q);
      if (!start.plusMonths(3).isBefore(LocalDate.now())) {
        break;
      }
      String filed =
          Database.string(
              "SELECT COUNT(*) FROM lic_royalty_report WHERE deal_id = ? AND period_start = ?",
              deal,
              java.sql.Date.valueOf(start));
      if ("0".equals(filed) && TAKEN.add(deal + "@" + start)) {
        return start;
      }
    }
    throw new IllegalStateException("no free reporting period left on deal " + deal);
  }

  private long huaxinDeal() throws Exception {
    return dealOf("HUAXIN", "2020-01-15");
  }

  /** The seventh licence year's quarters first, then any free one (a database used before). */
  private LocalDate huaxinPeriod(long deal) throws Exception {
    try {
      return freePeriod(deal, "2020-01-15", 24);
    } catch (IllegalStateException seventhYearTaken) {
      return freePeriod(deal, "2020-01-15", 4);
    }
  }

  private long file(long deal, String user, LocalDate period, String gross, Integer amends)
      throws Exception {
    HttpResponse<String> r =
        api()
            .postJson(
                "api/v1/licence-deals/" + deal + "/royalty-reports",
                token(user),
                RoyaltyReportsIT.report(period, gross, "0", amends),
                UUID.randomUUID().toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> accept(long report, int version, String admin) throws Exception {
    return api()
        .postJson(
            "api/v1/royalty-reports/" + report + "/acceptance",
            admin,
            "{\"version\":" + version + "}");
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void acceptanceIssuesABilingualInvoiceThatOnlyItsLicenseeReads() throws Exception {
    long deal = huaxinDeal();
    long report = file(deal, "huaxin.licensee", huaxinPeriod(deal), "100000.00", null);
    String admin = token("admin");
    assertThat(
            Http.json(api().get("api/v1/royalty-reports/awaiting-review", admin))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class))
        .anySatisfy(r -> assertThat(r.getJsonNumber("id").longValue()).isEqualTo(report));

    HttpResponse<String> accepted = accept(report, 1, admin);

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    JsonObject view = Http.json(accepted);
    assertThat(view.getString("reviewState")).isEqualTo("ACCEPTED");
    JsonObject ref = view.getJsonArray("invoices").getJsonObject(0);
    long id = ref.getJsonNumber("id").longValue();
    String number = ref.getString("number");
    assertThat(number).matches("INV-" + LocalDate.now().getYear() + "-\\d{5}");
    String huaxin = token("huaxin.licensee");
    JsonObject invoice = Http.json(api().get("api/v1/invoices/" + id, huaxin));
    assertThat(invoice.getString("currency")).isEqualTo("SGD");
    assertThat(invoice.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("3000.00");
    assertThat(invoice.getJsonNumber("amountSgd").bigDecimalValue())
        .isEqualByComparingTo("3000.00");
    assertThat(invoice.getJsonNumber("amountCny").bigDecimalValue().signum()).isPositive();
    assertThat(LocalDate.parse(invoice.getString("dueDate")))
        .isEqualTo(LocalDate.parse(invoice.getString("issueDate")).plusDays(30));
    assertThat(invoice.getJsonNumber("outstanding").bigDecimalValue())
        .isEqualByComparingTo("3000.00");

    HttpResponse<byte[]> byAccept =
        api().download("api/v1/invoices/" + id, huaxin, "application/pdf");
    HttpResponse<byte[]> byFormat = api().download("api/v1/invoices/" + id + "?format=pdf", huaxin);
    assertThat(byAccept.statusCode()).isEqualTo(200);
    assertThat(byAccept.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/pdf");
    assertThat(byFormat.body()).isEqualTo(byAccept.body());
    assertThat(text(byAccept.body()))
        .contains(number)
        .contains("发票")
        .contains("脓毒症生物传感器许可")
        .contains("SGD 3,000.00")
        .contains("CNY ");
    assertThat(new String(byAccept.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
        .contains("/ByteRange");

    String kangda = token("kangda.licensee");
    Expect.problem(api().get("api/v1/invoices/" + id, kangda), 404);
    assertThat(api().download("api/v1/invoices/" + id + "?format=pdf", kangda).statusCode())
        .isEqualTo(404);
    assertThat(
            Http.json(api().get("api/v1/invoices?limit=200", kangda))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class))
        .noneSatisfy(i -> assertThat(i.getJsonNumber("id").longValue()).isEqualTo(id));
    assertThat(
            Http.json(api().get("api/v1/invoices?limit=200", huaxin))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class))
        .allSatisfy(
            i ->
                assertThat(i.getJsonNumber("licenseeId").longValue())
                    .isEqualTo(invoice.getJsonNumber("licenseeId").longValue()))
        .anySatisfy(i -> assertThat(i.getJsonNumber("id").longValue()).isEqualTo(id));
    Expect.violations(
        api().get("api/v1/invoices/" + id + "?format=xml", huaxin), "format:field.notAllowedValue");
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'INVOICE_ISSUED'"
                    + " AND entity_type = 'Invoice' AND entity_id = ?",
                Long.toString(id)))
        .isEqualTo("1");
  }

  @Test
  void aQueryIsAnsweredWithACorrectionAndACorrectionOfTheAcceptedReportIsCredited()
      throws Exception {
    long deal = huaxinDeal();
    LocalDate period = huaxinPeriod(deal);
    long report = file(deal, "huaxin.licensee", period, "50000.00", null);
    String admin = token("admin");
    String huaxin = token("huaxin.licensee");

    Expect.problem(
        api()
            .postJson(
                "api/v1/royalty-reports/" + report + "/acceptance", huaxin, "{\"version\":1}"),
        403);
    Expect.violations(
        api().postJson("api/v1/royalty-reports/" + report + "/queries", admin, "{\"version\":1}"),
        "question:field.required");
    HttpResponse<String> queried =
        api()
            .postJson(
                "api/v1/royalty-reports/" + report + "/queries",
                admin,
                "{\"version\":1,\"question\":\"Were returns deducted?\"}");
    assertThat(Http.json(queried).getString("reviewState")).isEqualTo("QUERIED");
    Expect.problem(accept(report, 1, admin), 409);

    HttpResponse<String> answered =
        api()
            .postJson(
                "api/v1/royalty-reports/" + report + "/answers",
                huaxin,
                "{\"answer\":\"No: corrected.\",\"correction\":"
                    + RoyaltyReportsIT.report(period, "40000.00", "0", 1)
                    + "}");
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(Http.json(answered).getString("reviewState")).isEqualTo("SUBMITTED");
    Expect.problem(accept(report, 1, admin), 409);
    JsonObject first = Http.json(accept(report, 2, admin));
    assertThat(
            first
                .getJsonArray("invoices")
                .getJsonObject(0)
                .getJsonNumber("amount")
                .bigDecimalValue())
        .isEqualByComparingTo("1200.00");

    file(deal, "huaxin.licensee", period, "30000.00", 2);
    JsonObject credited = Http.json(accept(report, 3, admin));

    JsonObject note = credited.getJsonArray("invoices").getJsonObject(1);
    assertThat(note.getString("kind")).isEqualTo("CREDIT_NOTE");
    assertThat(note.getString("number")).startsWith("CN-");
    assertThat(note.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("-300.00");
    JsonObject invoice =
        Http.json(
            api()
                .get(
                    "api/v1/invoices/"
                        + credited.getJsonArray("invoices").getJsonObject(0).getJsonNumber("id"),
                    huaxin));
    assertThat(invoice.getJsonNumber("outstanding").bigDecimalValue())
        .isEqualByComparingTo("900.00");
    assertThat(
            text(
                api()
                    .download("api/v1/invoices/" + note.getJsonNumber("id") + "?format=pdf", huaxin)
                    .body()))
        .contains("贷记通知单")
        .contains(invoice.getString("number"));
  }

  @Test
  void paymentsAgainstAnInvoiceAreSplitToTheCentAndAnOverpaymentIsCredit() throws Exception {
    long deal = huaxinDeal();
    long report = file(deal, "huaxin.licensee", huaxinPeriod(deal), "33333.33", null);
    String admin = token("admin");
    long id =
        Http.json(accept(report, 1, admin))
            .getJsonArray("invoices")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    // 3 % of 33,333.33 = 1,000.00 (999.9999 rounded half-even)
    String today = LocalDate.now().toString();

    HttpResponse<String> part =
        api()
            .postJson(
                "api/v1/invoices/" + id + "/payments",
                admin,
                "{\"receivedOn\":\"" + today + "\",\"amount\":333.33}");

    assertThat(part.statusCode()).as(part.body()).isEqualTo(201);
    JsonObject payment = Http.json(part);
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonObject line : payment.getJsonArray("distribution").getValuesAs(JsonObject.class)) {
      assertThat(line.getJsonNumber("amount").bigDecimalValue().scale()).isLessThanOrEqualTo(2);
      sum = sum.add(line.getJsonNumber("amount").bigDecimalValue());
    }
    assertThat(sum).isEqualByComparingTo("333.33");
    JsonObject after = Http.json(api().get("api/v1/invoices/" + id, token("huaxin.licensee")));
    assertThat(after.getJsonNumber("outstanding").bigDecimalValue()).isEqualByComparingTo("666.67");
    assertThat(after.getJsonArray("payments")).hasSize(1);
    assertThat(after.getJsonArray("payments").getJsonObject(0).containsKey("distribution"))
        .isFalse();

    api()
        .postJson(
            "api/v1/invoices/" + id + "/payments",
            admin,
            "{\"receivedOn\":\"" + today + "\",\"amount\":700.00,\"note\":\"rest\"}");
    JsonObject paid = Http.json(api().get("api/v1/invoices/" + id, admin));
    assertThat(paid.getJsonNumber("outstanding").bigDecimalValue()).isEqualByComparingTo("0");
    assertThat(paid.getJsonNumber("credit").bigDecimalValue()).isEqualByComparingTo("33.33");
    Expect.problem(
        api()
            .postJson(
                "api/v1/invoices/" + id + "/payments",
                token("huaxin.licensee"),
                "{\"receivedOn\":\"" + today + "\",\"amount\":1}"),
        403);
    Expect.violations(
        api()
            .postJson(
                "api/v1/invoices/" + id + "/payments",
                admin,
                "{\"receivedOn\":\"" + today + "\",\"amount\":-1}"),
        "amount:amount.notPositive");
  }

  /**
   * Acceptances racing each other take distinct numbers without a gap: the counter row is raised in
   * each acceptance's transaction.
   */
  @Test
  void concurrentAcceptancesTakeDistinctNumbersWithoutGaps() throws Exception {
    long deal = dealOf("KANGDA", "2020-11-16");
    List<Long> reports = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      reports.add(
          file(deal, "kangda.licensee", freePeriod(deal, "2020-11-16", 4), "1000.00", null));
    }
    String admin = token("admin");
    Http http = api();
    List<CompletableFuture<HttpResponse<String>>> racing = new ArrayList<>();
    for (long report : reports) {
      racing.add(
          http.sendAsync(
              http.request("api/v1/royalty-reports/" + report + "/acceptance", admin)
                  .header("Content-Type", "application/json")
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"version\":1}"))
                  .build()));
    }
    List<Long> sequences = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> r : racing) {
      HttpResponse<String> done = r.get();
      assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
      String number = Http.json(done).getJsonArray("invoices").getJsonObject(0).getString("number");
      sequences.add(Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
    }
    sequences.sort(null);
    assertThat(new HashSet<>(sequences)).hasSize(reports.size());
    assertThat(sequences.get(sequences.size() - 1) - sequences.get(0))
        .isEqualTo(reports.size() - 1L);
    assertThat(
            Database.string(
                "SELECT MAX(seq_no) FROM lic_invoice WHERE series = 'INV' AND year_no = ?",
                LocalDate.now().getYear()))
        .isEqualTo(
            Database.string(
                "SELECT last_no FROM lic_invoice_counter WHERE series = 'INV' AND year_no = ?",
                LocalDate.now().getYear()));
  }
}
