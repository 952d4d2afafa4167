package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Personal access tokens end to end (issue 17, decision 0096): created through the API and the
 * portal, used as a bearer token within their scopes, refused once revoked or expired, and held to
 * their own rate with 429 and Retry-After.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class AccessTokensIT {

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  private Http http() {
    return new Http(base);
  }

  private static String nextMonth() {
    return LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
  }

  /** Creates a token with the sign-in token {@code signIn}; the answer's JSON. */
  private JsonObject create(String signIn, String scopes, String extra) throws Exception {
    HttpResponse<String> r =
        http()
            .postJson(
                "api/v1/tokens",
                signIn,
                // one word with digits: the portal crawl reads it as a code, not as English
                "{\"name\":\"AccessTokensIT-"
                    + System.nanoTime()
                    + "\",\"scopes\":["
                    + scopes
                    + "],\"expiresOn\":\""
                    + nextMonth()
                    + "\""
                    + extra
                    + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r);
  }

  private String draftBody() throws Exception {
    return LicensingApiIT.terms(
        // a title the portal crawl reads as a code (it has digits), not as English on a Chinese
        // page
        "PAT-" + System.nanoTime(),
        LicensingApiIT.partner("HUAXIN"),
        LicensingApiIT.ntuFamily(),
        "SGD",
        "1000");
  }

  @Test
  void aReadOnlyTokenReadsItsAreaAsItsUserAndIsRefusedWritesAndOtherAreas() throws Exception {
    String ntu = http().tokenFor("ntu.staff");
    JsonObject created = create(ntu, "\"licensing:read\"", "");
    String secret = created.getString("secret");
    long id = created.getJsonObject("token").getJsonNumber("id").longValue();
    assertThat(secret).startsWith("ipat_").hasSize(48);
    assertThat(created.getJsonObject("token").getString("username")).isEqualTo("ntu.staff");

    assertThat(http().get("api/v1/licence-deals", secret).statusCode()).isEqualTo(200);
    HttpResponse<String> me = http().get("api/v1/me", secret);
    assertThat(Http.json(me).getString("username")).isEqualTo("ntu.staff");

    HttpResponse<String> write = http().postJson("api/v1/licence-deals", secret, draftBody());
    assertThat(write.statusCode()).isEqualTo(403);
    assertThat(write.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(Http.json(write).getString("detail")).contains("licensing:write");

    HttpResponse<String> otherArea = http().get("api/v1/partners", secret);
    assertThat(otherArea.statusCode()).isEqualTo(403);
    assertThat(Http.json(otherArea).getString("detail")).contains("partners:read");

    // a token never manages tokens, nor signs in to the portal
    assertThat(http().postJson("api/v1/tokens", secret, "{}").statusCode()).isEqualTo(403);
    assertThat(http().get("api/v1/tokens", secret).statusCode()).isEqualTo(403);
    assertThat(http().get("app/home.xhtml", secret).statusCode()).isEqualTo(401);

    // listed with its last use, never with its secret; its creation audited
    HttpResponse<String> mine = http().get("api/v1/tokens", ntu);
    assertThat(mine.body()).doesNotContain(secret);
    JsonObject listed =
        Http.array(mine).getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertThat(listed.getString("lastUsedAt")).isNotBlank();
    assertThat(listed.getBoolean("active")).isTrue();
    assertThat(listed.getJsonArray("scopes").getString(0)).isEqualTo("licensing:read");
    assertThat(listed.getString("prefix")).isEqualTo(secret.substring(0, 11));
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'ACCESS_TOKEN_CREATED'"
                    + " AND entity_id = ? AND actor = 'ntu.staff'",
                Long.toString(id)))
        .isEqualTo("1");
  }

  @Test
  void theAdministrationsScopesAreOfferedOnlyToThoseWhoAdministerSomething() throws Exception {
    JsonObject coordinator =
        Http.json(http().get("api/v1/tokens/scopes", http().tokenFor("coordinator")));
    assertThat(coordinator.getJsonArray("items").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .contains("talent:write")
        .doesNotContain("admin:read", "admin:write");
    JsonObject admin = Http.json(http().get("api/v1/tokens/scopes", http().tokenFor("admin")));
    assertThat(admin.getJsonArray("items").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .contains("admin:read", "admin:write");
  }

  @Test
  void aWriteTokenWritesWithinItsUsersRights() throws Exception {
    String ntu = http().tokenFor("ntu.staff");
    String secret = create(ntu, "\"licensing:write\"", "").getString("secret");

    HttpResponse<String> drafted = http().postJson("api/v1/licence-deals", secret, draftBody());
    assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
    // the user's role still decides: partner staff approve nothing, whatever the token says
    long deal = Http.json(drafted).getJsonNumber("id").longValue();
    assertThat(
            http().postJson("api/v1/licence-deals/" + deal + "/approve", secret, "{}").statusCode())
        .isIn(403, 409);
  }

  @Test
  void aRevokedOrExpiredTokenIsRefusedWith401() throws Exception {
    String ntu = http().tokenFor("ntu.staff");
    JsonObject revoked = create(ntu, "\"talent:read\"", "");
    JsonObject expired = create(ntu, "\"talent:read\"", "");
    assertThat(http().get("api/v1/cohorts", revoked.getString("secret")).statusCode())
        .isEqualTo(200);

    long revokedId = revoked.getJsonObject("token").getJsonNumber("id").longValue();
    assertThat(
            http()
                .send(http().request("api/v1/tokens/" + revokedId, ntu).DELETE().build())
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> refused = http().get("api/v1/cohorts", revoked.getString("secret"));
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer error=\"invalid_token\"");
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'ACCESS_TOKEN_REVOKED'"
                    + " AND entity_id = ?",
                Long.toString(revokedId)))
        .isEqualTo("1");

    Database.update(
        "UPDATE core_access_token SET expires_at = ? WHERE id = ?",
        Timestamp.from(Instant.now().minusSeconds(1)),
        expired.getJsonObject("token").getJsonNumber("id").longValue());
    assertThat(http().get("api/v1/cohorts", expired.getString("secret")).statusCode())
        .isEqualTo(401);
    assertThat(http().get("api/v1/cohorts", "ipat_" + "x".repeat(43)).statusCode()).isEqualTo(401);
  }

  @Test
  void aTokenOverItsRateIsToldToWaitWith429AndRetryAfter() throws Exception {
    String ntu = http().tokenFor("ntu.staff");
    String secret = create(ntu, "\"partners:read\"", ",\"ratePerMinute\":3").getString("secret");

    // every request counts once, an open one too (ping): Payara's MicroProfile JWT filter runs
    // the authentication again before @PermitAll resources, which once charged the rate twice
    for (int i = 2; i >= 0; i--) {
      HttpResponse<String> ok = http().get(i == 1 ? "api/v1/ping" : "api/v1/me", secret);
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.headers().firstValue("RateLimit-Policy")).hasValue("\"api\";q=3;w=60");
      assertThat(ok.headers().firstValue("RateLimit").orElseThrow())
          .startsWith("\"api\";r=" + i + ";t=");
    }
    HttpResponse<String> limited = http().get("api/v1/me", secret);
    assertThat(limited.statusCode()).isEqualTo(429);
    long wait = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
    assertThat(wait).isBetween(1L, 20L);
    assertThat(limited.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(Http.json(limited).getInt("status")).isEqualTo(429);
    // another token of the same user has its own bucket
    String other = create(ntu, "\"partners:read\"", "").getString("secret");
    assertThat(http().get("api/v1/me", other).statusCode()).isEqualTo(200);
  }

  @Test
  void adminsListAndRevokeAnyonesTokensAndOthersNeitherSeeNorRevokeThem() throws Exception {
    String ntu = http().tokenFor("ntu.staff");
    JsonObject created = create(ntu, "\"partners:read\"", "");
    long id = created.getJsonObject("token").getJsonNumber("id").longValue();

    String scut = http().tokenFor("scut.staff");
    assertThat(http().get("api/v1/tokens/all", scut).statusCode()).isEqualTo(403);
    assertThat(
            http().send(http().request("api/v1/tokens/" + id, scut).DELETE().build()).statusCode())
        .isEqualTo(404);
    assertThat(http().get("api/v1/tokens", scut).body()).doesNotContain("\"id\":" + id + ",");

    String admin = http().tokenFor("admin");
    assertThat(
            Http.array(http().get("api/v1/tokens/all?username=ntu.staff", admin))
                .getValuesAs(JsonObject.class)
                .stream()
                .anyMatch(t -> t.getJsonNumber("id").longValue() == id))
        .isTrue();
    HttpResponse<String> revoked =
        http().send(http().request("api/v1/tokens/" + id, admin).DELETE().build());
    assertThat(Http.json(revoked).getBoolean("active")).isFalse();
    assertThat(http().get("api/v1/me", created.getString("secret")).statusCode()).isEqualTo(401);
  }

  @Test
  void aTokenWithoutNameScopesOrAValidExpiryIsRefusedNamingEachField() throws Exception {
    String ntu = http().tokenFor("ntu.staff");
    HttpResponse<String> r =
        http()
            .postJson(
                "api/v1/tokens",
                ntu,
                "{\"name\":\"\",\"scopes\":[\"licensing:read\",\"nonsense\"],"
                    + "\"expiresOn\":\"2099-01-01\"}");
    assertThat(r.statusCode()).as(r.body()).isIn(400, 422);
    assertThat(r.body()).contains("scopes");
    HttpResponse<String> tooFar =
        http()
            .postJson(
                "api/v1/tokens",
                ntu,
                "{\"name\":\"x\",\"scopes\":[\"licensing:read\"],\"expiresOn\":\""
                    + LocalDate.now(ZoneOffset.UTC).plusYears(2)
                    + "\"}");
    assertThat(tooFar.statusCode()).as(tooFar.body()).isIn(400, 422);
    assertThat(tooFar.body()).contains("expiresOn");
  }

  @Test
  void aUserCreatesATokenInThePortalSeesItsSecretOnceAndRevokesItInBothLanguages(Chromium chromium)
      throws Exception {
    Portal portal = chromium.portal(base);
    ChromeDriver browser = portal.driver();
    portal.signInAs("coordinator");
    portal.open("app/account.xhtml");
    Browser.language(browser, "en");
    Browser.clickToNewPage(browser, By.id("account-tokens"));
    Browser.until(browser, By.id("create"));

    // every wrong field at once, beside the field, and what was typed stays
    browser.findElement(By.id("create:expiresOn")).clear();
    browser.findElement(By.id("create:expiresOn")).sendKeys("2020-01-01");
    Browser.clickToNewPage(browser, By.id("create:save"));
    assertThat(fieldError(browser, "create:name")).isEqualTo("Give the token a name.");
    assertThat(fieldError(browser, "create:scopes")).isEqualTo("Choose at least one scope.");
    assertThat(fieldError(browser, "create:expiresOn"))
        .isEqualTo("The last day must be after today.");
    assertThat(browser.findElement(By.id("create:expiresOn")).getAttribute("value"))
        .isEqualTo("2020-01-01");

    String name = "Learning platform " + UUID.randomUUID().toString().substring(0, 8);
    browser.findElement(By.id("create:name")).sendKeys(name);
    browser.findElement(By.id("create:expiresOn")).clear();
    browser.findElement(By.id("create:expiresOn")).sendKeys(nextMonth());
    browser.findElement(By.cssSelector("input[type=checkbox][value='talent:read']")).click();
    Browser.clickToNewPage(browser, By.id("create:save"));
    String note = browser.findElement(By.cssSelector(".messages, [id$=messages]")).getText();
    assertThat(note).contains(name).containsPattern("ipat_[A-Za-z0-9_-]{43}");
    String secret = note.replaceAll("(?s).*(ipat_[A-Za-z0-9_-]{43}).*", "$1");
    assertThat(browser.findElement(By.id("tokens")).getText()).contains(name);
    Browser.screenshot(browser, "80-access-token-created");

    // shown once: a reload creates nothing again and shows it no more; the token works
    browser.navigate().refresh();
    Browser.until(browser, By.id("tokens"));
    assertThat(browser.getPageSource()).doesNotContain(secret);
    assertThat(http().get("api/v1/cohorts", secret).statusCode()).isEqualTo(200);
    assertThat(http().postJson("api/v1/cohorts", secret, "{}").statusCode()).isEqualTo(403);

    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("个人访问令牌");
    assertThat(browser.findElement(By.id("tokens")).getText()).contains("人才项目：读取", "有效");
    browser.executeScript("document.getElementById('tokens').scrollIntoView()");
    Browser.screenshot(browser, "81-access-tokens-zh");
    browser.findElement(By.id("langForm:en")).click();
    Browser.language(browser, "en");

    // revoked after a confirmation: the API refuses it from then on
    org.openqa.selenium.WebElement row =
        browser.findElement(
            By.xpath("//table[@id='tokens:mineTable']//tr[contains(., '" + name + "')]"));
    org.openqa.selenium.WebElement old = browser.findElement(By.tagName("html"));
    row.findElement(By.cssSelector("input[id$=':revoke']")).click();
    Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent()).accept();
    Browser.waitFor(browser).until(ExpectedConditions.stalenessOf(old));
    assertThat(
            browser
                .findElement(
                    By.xpath("//table[@id='tokens:mineTable']//tr[contains(., '" + name + "')]"))
                .getText())
        .contains("Revoked");
    assertThat(http().get("api/v1/cohorts", secret).statusCode()).isEqualTo(401);
  }

  private static String fieldError(org.openqa.selenium.WebDriver browser, String field) {
    return browser
        .findElement(By.xpath("//*[@id='" + field + "']/ancestor::div[contains(@class,'field')]"))
        .findElement(By.className("field-error"))
        .getText();
  }
}
