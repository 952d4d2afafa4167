package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Titles in English and Chinese (decision 0086): licence deals, cohorts and sessions take an
 * optional Chinese title through the API, give it back, refuse one too long naming its field, and a
 * reader of Chinese sees it in the portal, the English title where none is stored.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class BilingualTitlesIT {

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

  /** Whether the object has no value for the field (JSON-B leaves nulls out). */
  private static boolean absent(JsonObject o, String field) {
    return !o.containsKey(field) || o.isNull(field);
  }

  /** Deal terms as JSON, with a Chinese title when {@code titleZh} is not null. */
  private static String terms(String title, String titleZh) throws Exception {
    String json =
        LicensingApiIT.terms(
            title, LicensingApiIT.partner("HUAXIN"), LicensingApiIT.ntuFamily(), "SGD", "10000");
    return titleZh == null
        ? json
        : json.replace("{\"title\":", "{\"titleZh\":\"" + titleZh + "\",\"title\":");
  }

  private long deal(String ntu, String title, String titleZh) throws Exception {
    HttpResponse<String> r = api().postJson("api/v1/licence-deals", ntu, terms(title, titleZh));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).getJsonNumber("id").longValue();
  }

  @Test
  void aDealKeepsItsChineseTitleAndReturnsItInEveryForm() throws Exception {
    String ntu = token("ntu.staff");
    String run = UUID.randomUUID().toString().substring(0, 8);
    long both = deal(ntu, "Bilingual deal " + run, " 双语许可 " + run + " ");
    long english = deal(ntu, "English deal " + run, null);

    JsonObject read = Http.json(api().get("api/v1/licence-deals/" + both, ntu));
    assertThat(read.getJsonObject("terms").getString("title")).isEqualTo("Bilingual deal " + run);
    assertThat(read.getJsonObject("terms").getString("titleZh")).isEqualTo("双语许可 " + run);
    JsonObject plain = Http.json(api().get("api/v1/licence-deals/" + english, ntu));
    assertThat(absent(plain.getJsonObject("terms"), "titleZh")).isTrue();

    // the list's rows and the export carry it too
    JsonObject row =
        Http.json(api().get("api/v1/licence-deals?limit=200", ntu)).getJsonArray("items").stream()
            .map(v -> v.asJsonObject())
            .filter(d -> d.getJsonNumber("id").longValue() == both)
            .findFirst()
            .orElseThrow();
    assertThat(row.getString("titleZh")).isEqualTo("双语许可 " + run);
    Map<String, String> exported =
        Exports.row(Exports.csvText(api().get("api/v1/licence-deals?format=csv", ntu)), both);
    assertThat(exported).containsEntry("titleZh", "双语许可 " + run);

    // a revision may add, change or drop it
    long version = read.getJsonNumber("version").longValue();
    HttpResponse<String> revised =
        api()
            .putJson(
                "api/v1/licence-deals/" + both,
                ntu,
                "{\"version\":"
                    + version
                    + ",\"terms\":"
                    + terms("Bilingual deal " + run, "新标题")
                    + "}");
    assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
    assertThat(Http.json(revised).getJsonObject("terms").getString("titleZh")).isEqualTo("新标题");
  }

  @Test
  void aChineseDealTitleTooLongIsRefusedNamingItsField() throws Exception {
    String ntu = token("ntu.staff");
    Expect.violations(
        api().postJson("api/v1/licence-deals", ntu, terms("Long deal", "长".repeat(301))),
        "titleZh:field.tooLong");
    assertThat(
            api()
                .postJson("api/v1/licence-deals", ntu, terms("Long deal", "长".repeat(300)))
                .statusCode())
        .isEqualTo(201);
  }

  private long programme(String coordinator) throws Exception {
    HttpResponse<String> r =
        api()
            .postJson(
                "api/v1/programmes",
                coordinator,
                "{\"code\":\"T-"
                    + UUID.randomUUID().toString().substring(0, 8).toUpperCase()
                    + "\",\"kind\":\"CERTIFICATION_COURSE\","
                    + "\"titleEn\":\"Titles course\",\"owners\":["
                    + LicensingApiIT.partner("NTU")
                    + "],\"eligibility\":\"OPEN\",\"minAttendancePercent\":80,"
                    + "\"assessmentRequired\":false}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> cohort(String coordinator, long programme, String nameZh)
      throws Exception {
    return api()
        .postJson(
            "api/v1/cohorts",
            coordinator,
            "{\"programmeId\":"
                + programme
                + ",\"name\":\"Spring intake\","
                + (nameZh == null ? "" : "\"nameZh\":\"" + nameZh + "\",")
                + "\"startsOn\":\"2027-03-01\",\"endsOn\":\"2027-06-30\","
                + "\"applicationsOpen\":\"2026-10-01\",\"applicationsClose\":\"2027-02-15\","
                + "\"capacity\":10,\"status\":\"OPEN\"}");
  }

  private HttpResponse<String> session(String coordinator, long cohort, String topicZh)
      throws Exception {
    return api()
        .postJson(
            "api/v1/cohorts/" + cohort + "/sessions",
            coordinator,
            "{\"startsAt\":\"2027-03-02T09:00\",\"zoneId\":\"Asia/Shanghai\",\"durationMinutes\":90,"
                + "\"topic\":\"Pitch day\","
                + (topicZh == null ? "" : "\"topicZh\":\"" + topicZh + "\",")
                + "\"deliveryMode\":\"ONLINE\"}");
  }

  @Test
  void cohortsAndSessionsKeepTheirChineseNamesAndRefuseOnesTooLong() throws Exception {
    String coordinator = token("coordinator");
    long programme = programme(coordinator);

    HttpResponse<String> named = cohort(coordinator, programme, "春季班");
    assertThat(named.statusCode()).as(named.body()).isEqualTo(201);
    assertThat(Http.json(named).getString("nameZh")).isEqualTo("春季班");
    long cohort = Http.json(named).getJsonNumber("id").longValue();
    HttpResponse<String> plain = cohort(coordinator, programme, null);
    assertThat(plain.statusCode()).as(plain.body()).isEqualTo(201);
    assertThat(absent(Http.json(plain), "nameZh")).isTrue();
    Expect.violations(cohort(coordinator, programme, "班".repeat(201)), "nameZh:field.tooLong");

    HttpResponse<String> withTopic = session(coordinator, cohort, "路演日");
    assertThat(withTopic.statusCode()).as(withTopic.body()).isEqualTo(201);
    assertThat(Http.json(withTopic).getString("topicZh")).isEqualTo("路演日");
    HttpResponse<String> without = session(coordinator, cohort, null);
    assertThat(without.statusCode()).as(without.body()).isEqualTo(201);
    assertThat(absent(Http.json(without), "topicZh")).isTrue();
    Expect.violations(session(coordinator, cohort, "路".repeat(301)), "topicZh:field.tooLong");

    JsonObject detail = Http.json(api().get("api/v1/cohorts/" + cohort, coordinator));
    assertThat(detail.getJsonObject("cohort").getString("nameZh")).isEqualTo("春季班");
    assertThat(detail.getJsonArray("sessions").getValuesAs(JsonObject.class))
        .extracting(s -> absent(s, "topicZh") ? null : s.getString("topicZh"))
        .containsExactlyInAnyOrder("路演日", null);
  }

  @Test
  void aReaderOfChineseSeesChineseTitlesAndTheEnglishWhereNoneIsStored(Chromium chromium)
      throws Exception {
    String ntu = token("ntu.staff");
    String run = UUID.randomUUID().toString().substring(0, 8);
    long both = deal(ntu, "Portal bilingual deal " + run, "门户双语许可" + run);
    long english = deal(ntu, "Portal English deal " + run, null);
    String coordinator = token("coordinator");
    long cohort =
        Http.json(cohort(coordinator, programme(coordinator), "秋季班" + run))
            .getJsonNumber("id")
            .longValue();
    assertThat(session(coordinator, cohort, "路演日" + run).statusCode()).isEqualTo(201);

    Portal portal = chromium.portal(base);
    ChromeDriver browser = portal.driver();
    portal.signInAs("ntu.staff");
    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    try {
      portal.open("app/licensing/deals.xhtml");
      Browser.until(browser, By.cssSelector("a[data-deal='" + both + "']"));
      assertThat(browser.findElement(By.cssSelector("a[data-deal='" + both + "']")).getText())
          .isEqualTo("门户双语许可" + run);
      assertThat(browser.findElement(By.cssSelector("a[data-deal='" + english + "']")).getText())
          .isEqualTo("Portal English deal " + run);

      portal.open("app/licensing/deal.xhtml?id=" + both);
      Browser.until(browser, By.id("deal-title"));
      assertThat(browser.findElement(By.id("deal-title")).getText()).startsWith("门户双语许可" + run);
      portal.open("app/licensing/deal.xhtml?id=" + english);
      Browser.until(browser, By.id("deal-title"));
      assertThat(browser.findElement(By.id("deal-title")).getText())
          .startsWith("Portal English deal " + run);
    } finally {
      browser.findElement(By.id("langForm:en")).click();
      Browser.language(browser, "en");
    }

    portal.signInAs("coordinator");
    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    try {
      portal.open("app/talent/cohort.xhtml?id=" + cohort);
      Browser.until(browser, By.id("cohortPage"));
      assertThat(browser.getTitle()).contains("秋季班" + run);
      assertThat(browser.findElement(By.id("cohortPage")).getText())
          .contains("路演日" + run)
          .contains("Titles course");
    } finally {
      browser.findElement(By.id("langForm:en")).click();
      Browser.language(browser, "en");
    }
  }
}
