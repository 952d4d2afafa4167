package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Webhooks end to end (issue 17): an admin registers a receiver that a test starts on this machine,
 * a licence deal is submitted and approved through the API, and the receiver gets each state change
 * signed as the Standard Webhooks convention says, after it was down at the first attempt, once,
 * and again when an admin sends it again.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class WebhooksIT {

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  private Http http() {
    return new Http(base);
  }

  /** What a receiver got: its headers and body. */
  record Received(Map<String, String> headers, String body) {}

  @Test
  void aDealApprovalReachesAReceiverThatWasDownSignedAndOnce() throws Exception {
    String admin = http().tokenFor("admin");
    int port = freePort();
    HttpResponse<String> registered =
        http()
            .postJson(
                "api/v1/webhooks",
                admin,
                "{\"url\":\"http://127.0.0.1:"
                    + port
                    + "/hooks\",\"description\":\"WebhooksIT\","
                    + "\"eventTypes\":[\"licence-deal.state-changed\"]}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    JsonObject endpoint = Http.json(registered).getJsonObject("endpoint");
    long endpointId = endpoint.getJsonNumber("id").longValue();
    String secret = Http.json(registered).getString("secret");
    assertThat(secret).startsWith("whsec_");
    assertThat(http().get("api/v1/webhooks", admin).body()).doesNotContain(secret);

    String ntu = http().tokenFor("ntu.staff");
    HttpResponse<String> drafted =
        http()
            .postJson(
                "api/v1/licence-deals",
                ntu,
                LicensingApiIT.terms(
                    "Webhook deal " + UUID.randomUUID(),
                    LicensingApiIT.partner("HUAXIN"),
                    LicensingApiIT.ntuFamily(),
                    "SGD",
                    "1000"));
    assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
    long deal = Http.json(drafted).getJsonNumber("id").longValue();
    assertThat(http().postJson("api/v1/licence-deals/" + deal + "/submit", ntu, "{}").statusCode())
        .isEqualTo(200);
    assertThat(
            http()
                .postJson(
                    "api/v1/licence-deals/" + deal + "/approve", admin, "{\"comment\":\"ok\"}")
                .statusCode())
        .isEqualTo(200);

    // nothing listens yet: the first attempt of each message fails and is kept for a retry
    JsonObject failed =
        awaitDelivery(
            admin,
            endpointId,
            d -> d.getInt("attempts") >= 1 && d.getString("status").equals("PENDING"));
    assertThat(failed.getString("lastError")).isNotBlank();

    List<Received> received = new CopyOnWriteArrayList<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    receiver.createContext(
        "/hooks",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            Map<String, String> headers =
                Map.of(
                    "webhook-id", exchange.getRequestHeaders().getFirst("webhook-id"),
                    "webhook-timestamp", exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    "webhook-signature", exchange.getRequestHeaders().getFirst("webhook-signature"),
                    "content-type", exchange.getRequestHeaders().getFirst("Content-Type"));
            received.add(
                new Received(headers, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    try {
      JsonObject delivered =
          awaitDelivery(
              admin,
              endpointId,
              d ->
                  d.getString("status").equals("DELIVERED")
                      && d.getString("messageId").equals(failed.getString("messageId")));
      assertThat(delivered.getInt("lastResponseStatus")).isEqualTo(204);
      awaitDelivery(
          admin,
          endpointId,
          d ->
              deliveries(admin, endpointId).stream()
                  .allMatch(x -> x.getString("status").equals("DELIVERED")));

      Received approval =
          received.stream()
              .filter(r -> r.body().contains("\"toState\":\"APPROVED\""))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no approval among " + received));
      assertThat(approval.headers().get("content-type")).startsWith("application/json");
      long timestamp = Long.parseLong(approval.headers().get("webhook-timestamp"));
      assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(300);
      assertThat(approval.headers().get("webhook-signature"))
          .isEqualTo(
              signature(secret, approval.headers().get("webhook-id"), timestamp, approval.body()));
      JsonObject body =
          jakarta.json.Json.createReader(new java.io.StringReader(approval.body())).readObject();
      assertThat(body.getString("type")).isEqualTo("licence-deal.state-changed");
      JsonObject data = body.getJsonObject("data");
      assertThat(data.getJsonNumber("dealId").longValue()).isEqualTo(deal);
      assertThat(data.getString("fromState")).isEqualTo("SUBMITTED");
      assertThat(data.getString("action")).isEqualTo("APPROVE");
      assertThat(data.containsKey("title")).as("ids and values, never the whole record").isFalse();

      // each message arrived once: one per state change, each with its own id, and no other came
      // in three more rounds of the sender
      Thread.sleep(
          Duration.ofSeconds(3L * Integer.getInteger("it.webhooks.poll.seconds", 5)).toMillis());
      assertThat(received).hasSize(2);
      assertThat(received.stream().map(r -> r.headers().get("webhook-id")).distinct()).hasSize(2);

      // an admin sends the approval again: the same id, so that the receiver can drop it
      long approvalDelivery =
          deliveries(admin, endpointId).stream()
              .filter(d -> d.getString("messageId").equals(approval.headers().get("webhook-id")))
              .findFirst()
              .orElseThrow()
              .getJsonNumber("id")
              .longValue();
      HttpResponse<String> again =
          http()
              .postJson(
                  "api/v1/webhooks/deliveries/" + approvalDelivery + "/send-again", admin, "");
      assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
      long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (received.size() < 3 && System.nanoTime() < until) {
        Thread.sleep(200);
      }
      assertThat(received).hasSize(3);
      assertThat(received.get(2).headers().get("webhook-id"))
          .isEqualTo(approval.headers().get("webhook-id"));
    } finally {
      receiver.stop(0);
      http().send(http().request("api/v1/webhooks/" + endpointId, admin).DELETE().build());
    }
  }

  @Test
  void anEndpointIsRefusedWithEveryWrongFieldNamed() throws Exception {
    String admin = http().tokenFor("admin");
    HttpResponse<String> refused =
        http()
            .postJson(
                "api/v1/webhooks",
                admin,
                "{\"url\":\"http://erp.example.org/hooks\",\"eventTypes\":[\"payment.made\"]}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    // every wrong field at once: the plain-HTTP address beside the unknown event type
    JsonArray violations = Http.json(refused).getJsonArray("violations");
    assertThat(violations.getValuesAs(JsonObject.class))
        .extracting(v -> v.getString("field") + " " + v.getString("code"))
        .containsExactlyInAnyOrder("url webhook.url.httpsOnly", "eventTypes field.notAllowedValue");
    HttpResponse<String> plainHttp =
        http()
            .postJson(
                "api/v1/webhooks",
                admin,
                "{\"url\":\"http://erp.example.org/hooks\",\"eventTypes\":[\"payment.recorded\"]}");
    assertThat(plainHttp.statusCode()).isEqualTo(400);
    assertThat(Http.json(plainHttp).getJsonArray("violations").getJsonObject(0).getString("code"))
        .isEqualTo("webhook.url.httpsOnly");
    assertThat(
            http()
                .postJson(
                    "api/v1/webhooks",
                    http().tokenFor("coordinator"),
                    "{\"url\":\"https://x.example.org/\",\"eventTypes\":[\"payment.recorded\"]}")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void anAdminRegistersAnEndpointInThePortalAndSeesItsSecretOnceInBothLanguages(Chromium chromium)
      throws Exception {
    Portal portal = chromium.portal(base);
    org.openqa.selenium.chrome.ChromeDriver browser = portal.driver();
    portal.signInAs("admin");
    portal.open("app/admin/webhooks.xhtml");
    Browser.language(browser, "en");

    // every wrong field at once, beside the field, and what was typed stays
    browser.findElement(By.id("register:url")).sendKeys("http://erp.example.org/hooks");
    Browser.clickToNewPage(browser, By.id("register:save"));
    assertThat(fieldError(browser, "register:url"))
        .isEqualTo("The address must start with https:// (plain http only for localhost).");
    assertThat(fieldError(browser, "register:eventTypes"))
        .isEqualTo("Choose at least one event type.");
    assertThat(browser.findElement(By.id("register:url")).getAttribute("value"))
        .isEqualTo("http://erp.example.org/hooks");

    String url = "https://erp.example.org/hooks/" + UUID.randomUUID();
    browser.findElement(By.id("register:url")).clear();
    browser.findElement(By.id("register:url")).sendKeys(url);
    browser.findElement(By.cssSelector("input[type=checkbox][value='payment.recorded']")).click();
    Browser.clickToNewPage(browser, By.id("register:save"));
    String note = browser.findElement(By.cssSelector(".messages, [id$=messages]")).getText();
    assertThat(note).contains(url).containsPattern("whsec_[A-Za-z0-9+/=]{40,}");
    assertThat(browser.findElement(By.id("endpoints")).getText()).contains(url);
    Browser.screenshot(browser, "74-webhooks-registered");

    // the secret was shown once: a reload registers nothing again and shows it no more
    browser.navigate().refresh();
    Browser.until(browser, By.id("endpoints"));
    assertThat(browser.getPageSource()).doesNotContain("whsec_");
    String admin = http().tokenFor("admin");
    assertThat(
            Http.array(http().get("api/v1/webhooks", admin)).getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("url").equals(url))
                .count())
        .isEqualTo(1);

    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("事件推送");
    assertThat(browser.findElement(By.id("endpoints")).getText()).contains("已记录付款", "接收中");
    Browser.screenshot(browser, "75-webhooks-zh");
    browser.findElement(By.id("langForm:en")).click();
    Browser.language(browser, "en");
    long id =
        Http.array(http().get("api/v1/webhooks", admin)).getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("url").equals(url))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    http().send(http().request("api/v1/webhooks/" + id, admin).DELETE().build());
  }

  @Test
  void aWaitlistingAPromotionAndAFiledRoyaltyReportAreEachQueuedWithIdsAndValues()
      throws Exception {
    String admin = http().tokenFor("admin");
    HttpResponse<String> registered =
        http()
            .postJson(
                "api/v1/webhooks",
                admin,
                "{\"url\":\"https://127.0.0.1:1/hooks/"
                    + UUID.randomUUID()
                    + "\",\"eventTypes\":[\"enrolment.waitlisted\",\"enrolment.promoted\","
                    + "\"royalty-report.filed\"]}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    long endpoint = Http.json(registered).getJsonObject("endpoint").getJsonNumber("id").longValue();

    // a cohort of one seat: the second participant waits, and takes the seat the first leaves
    String coordinator = http().tokenFor("coordinator");
    long ntu = Long.parseLong(Database.string("SELECT id FROM ptn_partner WHERE code = 'NTU'"));
    long programme =
        created(
            http()
                .postJson(
                    "api/v1/programmes",
                    coordinator,
                    "{\"code\":\"WH-"
                        + UUID.randomUUID().toString().substring(0, 8).toUpperCase()
                        + "\",\"kind\":\"CERTIFICATION_COURSE\",\"titleEn\":\"Webhook course\","
                        + "\"titleZh\":\"通知课程\",\"owners\":["
                        + ntu
                        + "],\"eligibility\":\"OPEN\",\"minAttendancePercent\":80,"
                        + "\"assessmentRequired\":true}"));
    long cohort =
        created(
            http()
                .postJson(
                    "api/v1/cohorts",
                    coordinator,
                    "{\"programmeId\":"
                        + programme
                        + ",\"name\":\"Intake 1\",\"startsOn\":\"2027-03-01\","
                        + "\"endsOn\":\"2027-06-30\",\"applicationsOpen\":\"2026-10-01\","
                        + "\"applicationsClose\":\"2027-02-15\",\"capacity\":1,"
                        + "\"feeAmount\":\"1500.00\",\"feeCurrency\":\"SGD\",\"status\":\"OPEN\"}"));
    long[] enrolments = new long[2];
    long[] participants = new long[2];
    for (int i = 0; i < 2; i++) {
      participants[i] =
          created(
              http()
                  .postJson(
                      "api/v1/participants",
                      coordinator,
                      "{\"nameLatin\":\"Webhook Person "
                          + i
                          + "\",\"email\":\"wh."
                          + UUID.randomUUID()
                          + "@example.com\",\"organisation\":\"Test organisation\","
                          + "\"nationality\":\"SG\"}"));
      HttpResponse<String> enrolled =
          http()
              .postJson(
                  "api/v1/cohorts/" + cohort + "/enrolments",
                  coordinator,
                  "{\"participantId\":" + participants[i] + "}");
      assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
      enrolments[i] = Http.json(enrolled).getJsonNumber("enrolmentId").longValue();
    }
    HttpResponse<String> withdrawn =
        http()
            .send(
                http()
                    .request(
                        "api/v1/cohorts/" + cohort + "/enrolments/" + enrolments[0], coordinator)
                    .DELETE()
                    .build());
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);

    long deal = RoyaltyReportsIT.huaxinDeal();
    HttpResponse<String> filed =
        http()
            .postJson(
                "api/v1/licence-deals/" + deal + "/royalty-reports",
                http().tokenFor("huaxin.licensee"),
                RoyaltyReportsIT.report(
                    RoyaltyReportsIT.freePeriod(deal), "100000.00", "4000.00", null));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    long report = Http.json(filed).getJsonNumber("id").longValue();

    // queued in the transactions of the changes: in the log at once, in the order they happened
    assertThat(deliveries(admin, endpoint))
        .extracting(d -> d.getString("eventType"))
        .containsExactly("ROYALTY_REPORT_FILED", "ENROLMENT_PROMOTED", "ENROLMENT_WAITLISTED");
    String waitlisted = body(endpoint, "ENROLMENT_WAITLISTED");
    assertThat(waitlisted)
        .contains("\"type\":\"enrolment.waitlisted\"")
        .contains("\"enrolmentId\":" + enrolments[1])
        .contains("\"participantId\":" + participants[1])
        .contains("\"position\":1")
        .doesNotContain("Webhook Person");
    assertThat(body(endpoint, "ENROLMENT_PROMOTED"))
        .contains("\"enrolmentId\":" + enrolments[1])
        .contains("\"cohortId\":" + cohort);
    assertThat(body(endpoint, "ROYALTY_REPORT_FILED"))
        .contains("\"reportId\":" + report)
        .contains("\"dealId\":" + deal)
        .contains("\"version\":1")
        .doesNotContain("huaxin.licensee")
        .doesNotContain("Quarterly report");
    http().send(http().request("api/v1/webhooks/" + endpoint, admin).DELETE().build());
  }

  private static long created(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).getJsonNumber("id").longValue();
  }

  /** The JSON body of the endpoint's message of one event type, as stored in the outbox. */
  private static String body(long endpoint, String eventType) throws Exception {
    return Database.string(
        "SELECT body FROM core_webhook_message WHERE endpoint_id = ? AND event_type = ?",
        endpoint,
        eventType);
  }

  private static String fieldError(org.openqa.selenium.WebDriver browser, String field) {
    return browser
        .findElement(By.xpath("//*[@id='" + field + "']/ancestor::div[contains(@class,'field')]"))
        .findElement(By.className("field-error"))
        .getText();
  }

  private List<JsonObject> deliveries(String admin, long endpoint) {
    try {
      return Http.array(http().get("api/v1/webhooks/deliveries?endpoint=" + endpoint, admin))
          .getValuesAs(JsonObject.class);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Polls the delivery log until a delivery of the endpoint matches, for at most a minute. */
  private JsonObject awaitDelivery(String admin, long endpoint, Predicate<JsonObject> wanted)
      throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    List<JsonObject> last = List.of();
    while (System.nanoTime() < until) {
      last = deliveries(admin, endpoint);
      for (JsonObject d : last) {
        if (wanted.test(d)) {
          return d;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no such delivery within a minute; the log: " + last);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** The receiver's side of the Standard Webhooks check, written here independently. */
  private static String signature(String secret, String id, long timestamp, String body)
      throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            java.util.Base64.getDecoder().decode(secret.substring("whsec_".length())),
            "HmacSHA256"));
    return "v1,"
        + java.util.Base64.getEncoder()
            .encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
  }
}
