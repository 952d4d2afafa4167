package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API, health and OpenAPI of the real WAR on Payara Micro. */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Mailbox.class)
@RunAsClient
class ApiIT {

  private Mailbox smtp;

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  @BeforeEach
  void mailbox(Mailbox mailbox) {
    smtp = mailbox;
  }

  private Http http() {
    return new Http(base);
  }

  @Test
  void adminGetsATokenAndMeSaysAdmin() throws Exception {
    HttpResponse<String> issued = http().token("admin", Deployments.DEMO_PASSWORD);
    assertThat(issued.statusCode()).isEqualTo(200);
    JsonObject token = Http.json(issued);
    assertThat(token.getString("token_type")).isEqualTo("Bearer");
    assertThat(token.getJsonNumber("expires_in").longValue()).isEqualTo(3600);

    HttpResponse<String> me = http().get("api/v1/me", token.getString("access_token"));

    assertThat(me.statusCode()).isEqualTo(200);
    JsonObject body = Http.json(me);
    assertThat(body.getString("username")).isEqualTo("admin");
    assertThat(body.getJsonArray("roles").getString(0)).isEqualTo("ADMIN");
    assertThat(body.getString("language")).isEqualTo("en");
  }

  @Test
  void partnerStaffSeeTheirPartnerInMe() throws Exception {
    HttpResponse<String> me = http().get("api/v1/me", http().tokenFor("ntu.staff"));

    JsonObject partner = Http.json(me).getJsonObject("partner");
    assertThat(partner.getString("code")).isEqualTo("NTU");
    assertThat(Http.json(me).getJsonArray("roles").getString(0)).isEqualTo("PARTNER_STAFF");
  }

  @Test
  void wrongPasswordIsRefusedWithAProblem() throws Exception {
    HttpResponse<String> r = http().token("admin", "not-the-password");

    assertProblem(r, 401);
    assertThat(Http.json(r).getString("detail")).contains("locked for 15 minutes");
  }

  @Test
  void unknownUserIsRefusedExactlyLikeAWrongPassword() throws Exception {
    HttpResponse<String> unknown = http().token("nobody-here", "not-the-password");
    HttpResponse<String> wrong = http().token("admin", "not-the-password");

    assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode());
    assertThat(unknown.body()).isEqualTo(wrong.body());
  }

  @Test
  void malformedJsonGetsABadRequestProblem() throws Exception {
    HttpResponse<String> r = http().post("api/v1/auth/token", "application/json", "{\"username\":");

    assertProblem(r, 400);
  }

  @Test
  void missingFieldsGetAProblemNamingThem() throws Exception {
    HttpResponse<String> r = http().post("api/v1/auth/token", "application/json", "{}");

    assertProblem(r, 400);
    assertThat(Http.json(r).getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("username");
  }

  @Test
  void wrongContentTypeGetsUnsupportedMediaType() throws Exception {
    assertProblem(http().post("api/v1/auth/token", "text/plain", "admin"), 415);
  }

  @Test
  void meWithoutATokenIsUnauthorized() throws Exception {
    HttpResponse<String> r = http().get("api/v1/me", null);

    assertProblem(r, 401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void forgedTokenIsUnauthorized() throws Exception {
    String token = http().tokenFor("auditor");
    String[] parts = token.split("\\.");
    String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

    assertProblem(http().get("api/v1/me", forged), 401);
  }

  @Test
  void partnerStaffMayNotReadTheAuditTrail() throws Exception {
    assertProblem(http().get("api/v1/audit", http().tokenFor("scut.staff")), 403);
  }

  @Test
  void auditorReadsTheAuditTrailNewestFirst() throws Exception {
    HttpResponse<String> r =
        http()
            .get(
                "api/v1/audit?entityType=UserAccount&limit=5&count=exact",
                http().tokenFor("auditor"));

    assertThat(r.statusCode()).isEqualTo(200);
    JsonObject page = Http.json(r);
    assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(7);
    long first = page.getJsonArray("items").getJsonObject(0).getJsonNumber("sequence").longValue();
    long second = page.getJsonArray("items").getJsonObject(1).getJsonNumber("sequence").longValue();
    assertThat(first).isGreaterThan(second);
  }

  @Test
  void badFilterDateIsAFieldProblem() throws Exception {
    HttpResponse<String> r = http().get("api/v1/audit?from=2024-13-45", http().tokenFor("auditor"));

    assertProblem(r, 400);
    assertThat(r.body()).contains("\"field\":\"from\"");
  }

  @Test
  void auditChainVerificationFindsAnEditedRowAndIsIntactAgainAfterRepair() throws Exception {
    String token = http().tokenFor("auditor");
    assertThat(Http.json(http().get("api/v1/audit/verification", token)).getBoolean("intact"))
        .isTrue();
    long seq = 2;
    String original = Database.string("SELECT summary FROM core_audit_entry WHERE seq = ?", seq);
    try {
      Database.update(
          "UPDATE core_audit_entry SET summary = ? WHERE seq = ?", "quietly edited", seq);

      JsonObject check = Http.json(http().get("api/v1/audit/verification", token));

      assertThat(check.getBoolean("intact")).isFalse();
      assertThat(check.getJsonNumber("firstBrokenSequence").longValue()).isEqualTo(seq);
    } finally {
      Database.update("UPDATE core_audit_entry SET summary = ? WHERE seq = ?", original, seq);
    }
    assertThat(Http.json(http().get("api/v1/audit/verification", token)).getBoolean("intact"))
        .isTrue();
  }

  @Test
  void fiveFailuresLockTheAccountEvenForTheRightPasswordAndTheOwnerIsMailed() throws Exception {
    String email = "probe-" + System.nanoTime() + "@example.test";
    String username = Database.freshAccount("lock.api", "COUNCIL", email);
    for (int i = 0; i < 5; i++) {
      assertThat(http().token(username, "wrong-password-" + i).statusCode()).isEqualTo(401);
    }

    assertProblem(http().token(username, Deployments.DEMO_PASSWORD), 401);
    assertThat(
            Database.string(
                "SELECT locked_until FROM core_user_account WHERE username = ?", username))
        .isNotNull();
    MimeMessage mail = smtp.awaitMailTo(email, Duration.ofSeconds(30));
    assertThat(mail.getSubject()).contains("locked");
    String audit =
        Database.string(
            "SELECT action FROM core_audit_entry WHERE entity_id = ? ORDER BY seq DESC", username);
    assertThat(audit).isEqualTo("ACCOUNT_LOCKED");
  }

  @Test
  void conversionUsesTheLatestEarlierRateAndSaysSo() throws Exception {
    HttpResponse<String> r =
        http()
            .get(
                "api/v1/fx/conversion?amount=61000000&currency=SGD&to=CNY&date=2021-03-01",
                http().tokenFor("council"));

    JsonObject c = Http.json(r);
    assertThat(c.getString("rateDate")).isEqualTo("2020-12-08");
    assertThat(c.getBoolean("usedEarlierRate")).isTrue();
    assertThat(c.getJsonNumber("convertedAmount").bigDecimalValue())
        .isEqualByComparingTo("299998000.00");
  }

  @Test
  void readinessIsUpWithTheDatabase() throws Exception {
    HttpResponse<String> r = http().get("health/ready", null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"database\"").contains("\"UP\"");
  }

  @Test
  void openApiListsTheEndpoints() throws Exception {
    String doc = http().get("openapi", null).body();

    assertThat(doc).contains("/api/v1/auth/token", "/api/v1/me", "/api/v1/audit");
  }

  /**
   * The server serves the contract the build generated, linted and tests against (0099), byte for
   * byte in both forms (0118): YAML by default, JSON when asked for; a client that has it already
   * revalidates with its ETag; an unknown format is refused naming the parameter.
   */
  @Test
  void servedOpenApiIsTheBuildsContractByteForByte() throws Exception {
    java.nio.file.Path built = java.nio.file.Path.of(System.getProperty("it.openapi"));
    byte[] json = java.nio.file.Files.readAllBytes(built.resolveSibling("openapi.json"));
    byte[] yaml = java.nio.file.Files.readAllBytes(built.resolveSibling("openapi.yaml"));
    assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"DealRowPage\"", "\"Problem\"", "licenceDealApprove");

    HttpResponse<byte[]> byDefault = http().download("openapi", null);
    assertThat(byDefault.statusCode()).isEqualTo(200);
    assertThat(byDefault.body()).isEqualTo(yaml);
    HttpResponse<byte[]> asked = http().download("openapi?format=JSON", null);
    assertThat(asked.body()).isEqualTo(json);
    assertThat(asked.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(http().download("openapi", null, "application/json").body()).isEqualTo(json);
    assertThat(http().download("openapi?format=yaml", null, "application/json").body())
        .isEqualTo(yaml);

    String etag = asked.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> again =
        Http.download(
            http()
                .request("openapi?format=JSON", null)
                .header("If-None-Match", etag)
                .GET()
                .build());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(byDefault.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);

    HttpResponse<String> unknown = http().get("openapi?format=xml", null);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(unknown.body()).contains("format");
  }

  @Test
  void swaggerUiPageAndItsScriptsAreServed() throws Exception {
    HttpResponse<String> page = http().get("api-docs.html", null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("swagger-ui-bundle.js");
    assertThat(http().get("webjars/swagger-ui/5.34.1/swagger-ui-bundle.js", null).statusCode())
        .isEqualTo(200);
  }

  @Test
  void metricsAreExposed() throws Exception {
    HttpResponse<String> r = http().get("metrics", null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("# TYPE ", "mp_scope=");
  }

  @Test
  void unknownAddressUnderTheApiIsANotFoundProblem() throws Exception {
    assertProblem(http().get("api/v1/no-such-thing", null), 404);
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("login.xhtml", "api/v1/me", "health/ready", "no-such-page")) {
      HttpResponse<String> r = http().get(path, null);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .get()
          .asString()
          .contains("frame-ancestors 'none'");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(r.headers().firstValue("Referrer-Policy")).as(path).isPresent();
    }
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
    String cookie =
        http().get("login.xhtml", null).headers().firstValue("Set-Cookie").orElseThrow();

    assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
  }

  /**
   * A signed-in page travels compressed; every script and style it links names its version and may
   * be kept a year; an address without a version is asked for again (decision 0091).
   */
  @Test
  void aSignedInPageTravelsCompressedAndItsVersionedResourcesAreKeptAYear() throws Exception {
    PortalSession admin = PortalSession.signedIn(java.net.URI.create(base.toString()), "admin");

    HttpResponse<byte[]> page = admin.getCompressed("app/licensing/deals.xhtml");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
    String html = gunzip(page.body());
    assertThat(html.length()).isGreaterThan(page.body().length);
    assertThat(page.headers().firstValue("Cache-Control").orElse(""))
        .doesNotContain("public", "immutable");
    java.util.Set<String> resources = new java.util.TreeSet<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "(?:src|href)=\"(/[^\"]*jakarta\\.faces\\.resource/[^\"]+)\"")
            .matcher(html);
    while (m.find()) {
      resources.add(m.group(1).replace("&amp;", "&"));
    }
    assertThat(resources).hasSizeGreaterThan(2);
    assertThat(resources).anyMatch(r -> r.contains("portal.css"));
    long onTheWire = page.body().length;
    long decoded = html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    for (String resource : resources) {
      assertThat(resource).as("names its version").containsPattern("[?&]v=");
      HttpResponse<byte[]> r = admin.getCompressed(resource);
      assertThat(r.statusCode()).as(resource).isEqualTo(200);
      assertThat(r.headers().firstValue("Cache-Control"))
          .as(resource)
          .hasValue("public, max-age=31536000, immutable");
      boolean zipped = r.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
      byte[] plain =
          zipped ? gunzip(r.body()).getBytes(java.nio.charset.StandardCharsets.UTF_8) : r.body();
      if (plain.length > 4096 && (resource.contains(".js") || resource.contains(".css"))) {
        assertThat(zipped).as(resource + " compressed").isTrue();
      }
      onTheWire += r.body().length;
      decoded += plain.length;
    }
    System.out.printf(
        "deals page with %d scripts and styles: %,d bytes on the wire, %,d decoded%n",
        resources.size(), onTheWire, decoded);
    assertThat(onTheWire).isLessThan(400_000);

    HttpResponse<byte[]> unversioned =
        admin.getCompressed("jakarta.faces.resource/css/portal.css.xhtml");
    assertThat(unversioned.statusCode()).isEqualTo(200);
    assertThat(unversioned.headers().firstValue("Cache-Control")).hasValue("no-cache");
  }

  private static String gunzip(byte[] zipped) throws java.io.IOException {
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static void assertProblem(HttpResponse<String> r, int status) {
    Expect.problem(r, status);
  }
}
