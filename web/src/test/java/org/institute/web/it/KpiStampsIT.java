package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16, item 4 (decision 0110): the KPI dashboard counts a figure again only when the module
 * owning it has moved the metric's stamp. After changes through the application's services, every
 * figure it serves equals a full recount in SQL, and an unchanged dashboard costs the same two
 * statements whatever the data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KpiStampsIT {

  /** The recount of each metric's figure over a period (?1 from, ?2 to), straight from the rows. */
  private static final Map<String, String> RECOUNT =
      Map.of(
          "RESEARCH_PROJECTS",
          "SELECT COUNT(*) FROM rec_project WHERE start_date BETWEEN ? AND ?",
          "PUBLICATIONS",
          "SELECT COUNT(*) FROM rec_publication WHERE pub_year BETWEEN ? AND ?",
          "PATENT_APPLICATIONS",
          "SELECT COUNT(*) FROM lic_patent_application WHERE filing_date BETWEEN ? AND ?",
          "LICENCES_EXECUTED",
          "SELECT COUNT(*) FROM lic_deal WHERE signing_date BETWEEN ? AND ?",
          "LICENCE_INCOME_SGD",
          "SELECT COALESCE(SUM(amount_sgd), 0) FROM lic_payment"
              + " WHERE received_on BETWEEN ? AND ? AND voided_at IS NULL",
          "PROGRAMME_GRADUATES",
          "SELECT COUNT(*) FROM tal_certificate WHERE issued_on BETWEEN ? AND ?"
              + " AND revoked_at IS NULL",
          "INTERNSHIP_PLACEMENTS",
          "SELECT COUNT(*) FROM tal_placement p JOIN tal_position s ON s.id = p.position_id"
              + " WHERE s.starts_on BETWEEN ? AND ? AND p.status IN ('ACCEPTED', 'COMPLETED')");

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  private Http http() {
    return new Http(base);
  }

  @Test
  void theFiguresEqualAFullRecountAfterChangesThroughTheServices() throws Exception {
    String council = http().tokenFor("council");
    String admin = http().tokenFor("admin");
    assertThat(figures(council)).isEqualTo(recounts(council));
    int unchanged = Http.statements(http().get("api/v1/kpis", council));

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    // research records: a project
    JsonObject centre = Http.array(http().get("api/v1/centres", admin)).getJsonObject(0);
    long ntu = partner("NTU", admin);
    created(
        http()
            .postJson(
                "api/v1/projects",
                admin,
                """
            {"titleEn":"Counted once %d","centre":%d,"investigators":[{"name":"Prof. Tan",
             "partner":%d}],"startDate":"%s","endDate":"%s","budgetAmount":"1000.00",
             "budgetCurrency":"SGD","status":"PROPOSED"}
            """
                    .formatted(
                        System.nanoTime(),
                        centre.getJsonNumber("id").longValue(),
                        ntu,
                        today,
                        today.plusYears(1))));
    // IP licensing: a patent application on a family filed before today
    JsonObject family =
        Http.json(http().get("api/v1/patents?sort=reference&limit=1", admin))
            .getJsonArray("items")
            .getJsonObject(0);
    created(
        http()
            .postJson(
                "api/v1/patents/" + family.getJsonNumber("id").longValue() + "/applications",
                admin,
                """
            {"jurisdiction":"JP","applicationNumber":"JP-KPI-%d","filingDate":"%s",
             "status":"FILED"}
            """
                    .formatted(System.nanoTime() % 1_000_000, today)));
    // IP licensing: a payment on the demo's executed deal (its active licences keep the demo's
    // income, which LicensingApiIT checks), and a second one voided
    assertThat(
            http()
                .postCsv("api/v1/fx-rates", admin, "date,rate\n" + today + ",4.9180\n")
                .statusCode())
        .isEqualTo(200);
    long deal =
        Http.json(http().get("api/v1/licence-deals?state=EXECUTED&sort=id&limit=1", admin))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String payment =
        """
        {"receivedOn":"%s","amount":%s,"currency":"SGD","purpose":"ROYALTY","note":"KpiStampsIT"}
        """;
    created(
        http()
            .postJson(
                "api/v1/licence-deals/" + deal + "/payments",
                admin,
                payment.formatted(today, "1234.56")));
    long voided =
        created(
                http()
                    .postJson(
                        "api/v1/licence-deals/" + deal + "/payments",
                        admin,
                        payment.formatted(today, "999.50")))
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> voiding =
        http()
            .postJson(
                "api/v1/licence-deals/" + deal + "/payments/" + voided + "/void",
                admin,
                "{\"reason\":\"entered twice\"}");
    assertThat(voiding.statusCode()).as(voiding.body()).isEqualTo(200);

    Map<String, Long> after = figures(council);
    assertThat(after).isEqualTo(recounts(council));
    // served again from the stamps: the same figures, the targets and the stamps read only
    HttpResponse<String> again = http().get("api/v1/kpis", council);
    assertThat(figures(Http.array(again))).isEqualTo(after);
    assertThat(Http.statements(again)).isEqualTo(unchanged).isLessThanOrEqualTo(4);
  }

  private static JsonObject created(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r);
  }

  private long partner(String code, String token) throws Exception {
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

  private Map<String, Long> figures(String token) throws Exception {
    return figures(Http.array(http().get("api/v1/kpis", token)));
  }

  /** Each KPI's code and actual figure (those with a source). */
  private static Map<String, Long> figures(JsonArray kpis) {
    Map<String, Long> figures = new LinkedHashMap<>();
    for (JsonObject kpi : kpis.getValuesAs(JsonObject.class)) {
      if (kpi.get("actual") instanceof JsonNumber n) {
        figures.put(kpi.getString("code"), n.longValue());
      }
    }
    return figures;
  }

  /** Each KPI's figure recounted from the rows over its period. */
  private Map<String, Long> recounts(String token) throws Exception {
    Map<String, Long> figures = new LinkedHashMap<>();
    try (Connection c = Database.connect()) {
      for (JsonObject kpi :
          Http.array(http().get("api/v1/kpis", token)).getValuesAs(JsonObject.class)) {
        String sql = RECOUNT.get(kpi.getString("metric"));
        if (sql == null || !(kpi.get("actual") instanceof JsonNumber)) {
          continue;
        }
        LocalDate from = LocalDate.parse(kpi.getString("periodFrom"));
        LocalDate to = LocalDate.parse(kpi.getString("periodTo"));
        try (PreparedStatement s = c.prepareStatement(sql)) {
          if (kpi.getString("metric").equals("PUBLICATIONS")) {
            s.setInt(1, from.getYear());
            s.setInt(2, to.getYear());
          } else {
            s.setDate(1, Date.valueOf(from));
            s.setDate(2, Date.valueOf(to));
          }
          try (ResultSet r = s.executeQuery()) {
            r.next();
            figures.put(
                kpi.getString("code"),
                new BigDecimal(r.getString(1))
                    .setScale(0, RoundingMode.HALF_EVEN)
                    .longValueExact());
          }
        }
      }
    }
    return figures;
  }
}
