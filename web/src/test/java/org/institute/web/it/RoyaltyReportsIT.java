package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Royalty reports over HTTP against the real WAR (decision 0092), on the shared server: the demo
 * licensee {@code huaxin.licensee} files, reads and corrects the reports of its company's demo
 * licence (signed 2020-01-15, SGD, 3 % of net sales up to S$2,000,000 a licence year, then 2 %);
 * {@code kangda.licensee} gets 404 for all of it. Each test reports a period no report has yet.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoyaltyReportsIT {

  private static final LocalDate LICENCE_YEARS_FROM = LocalDate.of(2020, 1, 15);
  private static final Set<LocalDate> TAKEN = new HashSet<>();

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

  /** Huaxin's signed demo licence. */
  static long huaxinDeal() throws Exception {
    return Long.parseLong(
        Database.string(
            "SELECT MIN(d.id) FROM lic_deal d JOIN ptn_partner p ON p.id = d.licensee_id"
                + " WHERE p.code = 'HUAXIN' AND d.signing_date = ?",
            java.sql.Date.valueOf("2020-01-15")));
  }

  /** A quarter of the licence's second to fifth years that has no report yet (the first free). */
  static synchronized LocalDate freePeriod(long deal) throws Exception {
    for (int q = 4; q < 20; q++) {
      LocalDate start = LICENCE_YEARS_FROM.plusMonths(3L * q);
      String filed =
          Database.string(
              "SELECT COUNT(*) FROM lic_royalty_report WHERE deal_id = ? AND period_start = ?",
              deal,
              java.sql.Date.valueOf(start));
      if ("0".equals(filed) && TAKEN.add(start)) {
        return start;
      }
    }
    throw new IllegalStateException("no free reporting period left on deal " + deal);
  }

  static String report(LocalDate period, String gross, String deductions, Integer amends) {
    return "{\"periodStart\":\""
        + period
        + "\",\"currency\":\"SGD\",\"lines\":[{\"product\":\"Sepsis biosensor\","
        + "\"territory\":\"Guangdong\",\"units\":1200,\"grossSales\":"
        + gross
        + ",\"deductions\":"
        + deductions
        + "}],\"note\":\"Quarterly report\""
        + (amends == null ? "" : ",\"amendsVersion\":" + amends)
        + "}";
  }

  private HttpResponse<String> file(long deal, String token, String body) throws Exception {
    return api()
        .postJson(
            "api/v1/licence-deals/" + deal + "/royalty-reports",
            token,
            body,
            UUID.randomUUID().toString());
  }

  @Test
  void huaxinFilesAQuarterlyReportAndReadsTheRoyaltyDue() throws Exception {
    long deal = huaxinDeal();
    LocalDate period = freePeriod(deal);
    String huaxin = token("huaxin.licensee");

    HttpResponse<String> filed = file(deal, huaxin, report(period, "100000.00", "4000.00", null));

    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    JsonObject view = Http.json(filed);
    long id = view.getJsonNumber("id").longValue();
    assertThat(filed.headers().firstValue("Location"))
        .get()
        .asString()
        .endsWith("/api/v1/royalty-reports/" + id);
    JsonObject read = Http.json(api().get("api/v1/royalty-reports/" + id, huaxin));
    JsonObject current = read.getJsonArray("versions").getJsonObject(0);
    assertThat(current.getJsonNumber("netSales").bigDecimalValue()).isEqualByComparingTo("96000");
    // well below S$2,000,000 in the licence year: 3 %
    assertThat(current.getJsonNumber("due").bigDecimalValue()).isEqualByComparingTo("2880.00");
    assertThat(read.getJsonArray("allowedActions").getString(0)).isEqualTo("AMEND");
    assertThat(
            Http.array(api().get("api/v1/licence-deals/" + deal + "/royalty-reports", huaxin))
                .getValuesAs(JsonObject.class))
        .anySatisfy(r -> assertThat(r.getJsonNumber("id").longValue()).isEqualTo(id));
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'ROYALTY_REPORT_FILED'"
                    + " AND entity_type = 'RoyaltyReport' AND entity_id = ?",
                Long.toString(id)))
        .isEqualTo("1");
  }

  @Test
  void kangdaFindsNeitherHuaxinsDealNorItsReports() throws Exception {
    long deal = huaxinDeal();
    LocalDate period = freePeriod(deal);
    long id =
        Http.json(file(deal, token("huaxin.licensee"), report(period, "500.00", "0", null)))
            .getJsonNumber("id")
            .longValue();
    String kangda = token("kangda.licensee");

    Expect.problem(api().get("api/v1/royalty-reports/" + id, kangda), 404);
    Expect.problem(api().get("api/v1/licence-deals/" + deal + "/royalty-reports", kangda), 404);
    Expect.problem(file(deal, kangda, report(freePeriod(deal), "1.00", "0", null)), 404);
    // nor may a licensee use the licensor side's deal endpoints at all
    Expect.problem(api().get("api/v1/licence-deals/" + deal, kangda), 403);
    Expect.problem(api().get("api/v1/licence-deals/" + deal, token("huaxin.licensee")), 403);
    Expect.problem(api().get("api/v1/partners", token("huaxin.licensee")), 403);
  }

  @Test
  void aCorrectionIsANewVersionAndAStaleOneIsRefused() throws Exception {
    long deal = huaxinDeal();
    LocalDate period = freePeriod(deal);
    String huaxin = token("huaxin.licensee");
    long id =
        Http.json(file(deal, huaxin, report(period, "10000.00", "0", null)))
            .getJsonNumber("id")
            .longValue();

    HttpResponse<String> amended = file(deal, huaxin, report(period, "8000.00", "0", 1));

    assertThat(amended.statusCode()).as(amended.body()).isEqualTo(201);
    JsonObject view = Http.json(api().get("api/v1/royalty-reports/" + id, huaxin));
    assertThat(view.getJsonArray("versions")).hasSize(2);
    JsonObject second = view.getJsonArray("versions").getJsonObject(1);
    assertThat(second.getJsonNumber("due").bigDecimalValue()).isEqualByComparingTo("240.00");
    assertThat(second.getJsonNumber("change").bigDecimalValue()).isEqualByComparingTo("-60.00");
    Expect.problem(file(deal, huaxin, report(period, "7000.00", "0", 1)), 409);
    Expect.violations(
        file(deal, huaxin, report(period, "7000.00", "0", null)),
        "amendsVersion:licensing.royaltyReport.exists");
  }

  @Test
  void refusalsNameTheirFields() throws Exception {
    long deal = huaxinDeal();
    String body =
        "{\"periodStart\":\""
            + LICENCE_YEARS_FROM.plusMonths(1)
            + "\",\"currency\":\"CNY\",\"lines\":[{\"product\":\"\",\"territory\":\"Guangdong\","
            + "\"units\":-1,\"grossSales\":10.00,\"deductions\":20.00}]}";

    Expect.violations(
        file(deal, token("huaxin.licensee"), body),
        "periodStart:licensing.royaltyReport.period.unknown",
        "currency:licensing.royaltyReport.currency.notDeals",
        "lines[0].product:field.required",
        "lines[0].units:licensing.royaltyReport.units.negative",
        "lines[0].deductions:licensing.royaltyReport.deductions.exceedGross");
  }

  @Test
  void licensorStaffReadTheReportsOthersDoNot() throws Exception {
    long deal = huaxinDeal();
    LocalDate period = freePeriod(deal);
    long id =
        Http.json(file(deal, token("huaxin.licensee"), report(period, "700.00", "0", null)))
            .getJsonNumber("id")
            .longValue();

    JsonObject ntu = Http.json(api().get("api/v1/royalty-reports/" + id, token("ntu.staff")));
    assertThat(ntu.getJsonArray("allowedActions")).isEmpty();
    Expect.problem(api().get("api/v1/royalty-reports/" + id, token("scut.staff")), 404);
    Expect.problem(
        file(deal, token("ntu.staff"), report(freePeriod(deal), "1.00", "0", null)), 403);
  }
}
