package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * Approval policies as data (issue 19, decision 0102): an admin saves a version through the API or
 * the portal, it decides what deals submitted from then need, a deal submitted before keeps what
 * its submission decided, and the council's resolution is asked with the last approval.
 *
 * <p>The versions saved here keep the built-in rule (two admins above S$500,000) and add rules for
 * a territory only these tests use, so that the other tests' deals, in the same database, are
 * decided as before.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class ApprovalPoliciesIT {

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  private Http http() {
    return new Http(base);
  }

  private static String today() {
    return LocalDate.now(ZoneOffset.UTC).toString();
  }

  private static final String BUILT_IN_RULE =
      "{\"name\":\"Above S$500k\",\"aboveValueSgd\":500000,\"adminApprovals\":2,"
          + "\"coOwnerConsent\":true,\"councilResolution\":false}";

  /** A rule for deals whose territory contains the token: two admins and the council. */
  private static String councilRule(String token) {
    return "{\"name\":\"Strategic "
        + token
        + "\",\"territory\":\""
        + token
        + "\",\"adminApprovals\":2,\"coOwnerConsent\":true,\"councilResolution\":true}";
  }

  private JsonObject save(String admin, String rules) throws Exception {
    HttpResponse<String> r =
        http()
            .postJson(
                "api/v1/approval-policies",
                admin,
                "{\"effectiveFrom\":\""
                    + today()
                    + "\",\"note\":\"ApprovalPoliciesIT\",\"rules\":["
                    + rules
                    + "]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r);
  }

  /** A deal of an NTU family in the token's territory, submitted by NTU staff; its id. */
  private long submitted(String token) throws Exception {
    String ntu = http().tokenFor("ntu.staff");
    String terms =
        LicensingApiIT.terms(
                "Policy " + token,
                LicensingApiIT.partner("HUAXIN"),
                LicensingApiIT.ntuFamily(),
                "SGD",
                "1000")
            .replace("Mainland China", "Mainland China, " + token);
    HttpResponse<String> created = http().postJson("api/v1/licence-deals", ntu, terms);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Http.json(created).getJsonNumber("id").longValue();
    HttpResponse<String> submitted =
        http().postJson("api/v1/licence-deals/" + id + "/submit", ntu, "{}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    return id;
  }

  private JsonObject needs(long deal) throws Exception {
    HttpResponse<String> r = http().get("api/v1/licence-deals/" + deal, http().tokenFor("admin"));
    return Http.json(r).getJsonObject("approvalNeeds");
  }

  @Test
  void aSavedVersionDecidesLaterSubmissionsAndTheCouncilsResolutionIsAskedWithTheLastApproval()
      throws Exception {
    String admin = http().tokenFor("admin");
    String token = "ZONE" + System.nanoTime();
    long before = submitted(token);

    JsonObject saved = save(admin, councilRule(token) + "," + BUILT_IN_RULE);
    int version = saved.getInt("version");
    assertThat(saved.getString("standing")).isEqualTo("IN_FORCE");
    assertThat(saved.getString("savedBy")).isEqualTo("admin");
    JsonObject listed =
        Http.json(http().get("api/v1/approval-policies", admin))
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(listed.getInt("version")).isEqualTo(version);
    assertThat(listed.getJsonArray("rules").getJsonObject(0).getString("territory"))
        .isEqualTo(token);

    // the deal submitted before keeps what its submission decided
    assertThat(needs(before).getString("rule", null)).isNotEqualTo("Strategic " + token);
    assertThat(needs(before).getBoolean("councilResolution")).isFalse();

    long deal = submitted(token);
    JsonObject needs = needs(deal);
    assertThat(needs.getInt("policyVersion")).isEqualTo(version);
    assertThat(needs.getString("rule")).isEqualTo("Strategic " + token);
    assertThat(needs.getInt("adminApprovals")).isEqualTo(2);
    assertThat(needs.getBoolean("councilResolution")).isTrue();

    HttpResponse<String> first =
        http().postJson("api/v1/licence-deals/" + deal + "/approve", admin, "{}");
    assertThat(Http.json(first).getString("state")).isEqualTo("UNDER_REVIEW");
    String ipOffice = http().tokenFor("ip.office");
    HttpResponse<String> withoutResolution =
        http().postJson("api/v1/licence-deals/" + deal + "/approve", ipOffice, "{}");
    assertThat(withoutResolution.statusCode()).isEqualTo(400);
    assertThat(withoutResolution.body()).contains("councilResolution");
    HttpResponse<String> last =
        http()
            .postJson(
                "api/v1/licence-deals/" + deal + "/approve",
                ipOffice,
                "{\"councilResolution\":\"GC 2026/4, item 2\"}");
    assertThat(last.statusCode()).as(last.body()).isEqualTo(200);
    assertThat(Http.json(last).getString("state")).isEqualTo("APPROVED");
    assertThat(Http.json(last).getString("councilResolution")).isEqualTo("GC 2026/4, item 2");

    HttpResponse<String> audit =
        http().get("api/v1/audit?entityType=ApprovalPolicy&limit=5", admin);
    assertThat(audit.body()).contains("APPROVAL_POLICY_SAVED", "Strategic " + token);
  }

  @Test
  void aVersionThatCannotBeMetIsRefusedNamingEachFieldAndOnlyAdminsSeeThePolicy() throws Exception {
    String admin = http().tokenFor("admin");
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    HttpResponse<String> refused =
        http()
            .postJson(
                "api/v1/approval-policies",
                admin,
                "{\"effectiveFrom\":\""
                    + yesterday
                    + "\",\"rules\":[{\"name\":\"Everyone\",\"aboveValueSgd\":1,\"adminApprovals\":5,"
                    + "\"licenseeCountry\":\"XX\",\"coOwnerConsent\":true,\"councilResolution\":false}]}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(refused.body())
        .contains("effectiveFrom", "rules[0].adminApprovals", "rules[0].licenseeCountry");

    assertThat(http().get("api/v1/approval-policies", http().tokenFor("ntu.staff")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void anAdminSavesAVersionInThePortalInBothLanguagesWithEveryErrorBesideItsField(Chromium chromium)
      throws Exception {
    Portal portal = chromium.portal(base);
    ChromeDriver browser = portal.driver();
    portal.signInAs("admin");
    browser.findElement(By.cssSelector("nav [data-menu='menu-approval-policy']")).click();
    Browser.until(browser, By.id("policyForm:rules"));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Approval policy for licence deals");
    assertThat(browser.findElement(By.cssSelector("[id^='standing-']")).getText()).isNotBlank();

    String token = "ZONE" + System.nanoTime();
    int rows = browser.findElements(By.cssSelector("#policyForm\\:rules tbody tr")).size();
    Browser.clickToNewPage(browser, By.id("policyForm:addRule"));
    String row = "policyForm:rules:" + rows + ":";
    browser.findElement(By.id(row + "name")).sendKeys("Strategic " + token);
    browser.findElement(By.id(row + "territory")).sendKeys(token);
    browser.findElement(By.id(row + "licenseeCountry")).sendKeys("XX");
    browser.findElement(By.id(row + "adminApprovals")).clear();
    browser.findElement(By.id(row + "adminApprovals")).sendKeys("9");
    browser
        .findElement(By.id("policyForm:effectiveFrom"))
        .sendKeys(LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
    browser.findElement(By.id("policyForm:save")).click();
    Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent()).accept();
    Browser.until(browser, By.cssSelector(".field-error"));
    String errors = browser.findElement(By.id("policyForm")).getText();
    assertThat(errors)
        .contains(
            "Between 1 and 5 admin approvals.",
            "two-letter ISO 3166 country code",
            "today or later");
    // nothing typed is lost
    assertThat(browser.findElement(By.id(row + "territory")).getAttribute("value"))
        .isEqualTo(token);
    Browser.screenshot(browser, "82-approval-policy-errors");

    browser.findElement(By.id(row + "licenseeCountry")).clear();
    browser.findElement(By.id(row + "licenseeCountry")).sendKeys("CN");
    browser.findElement(By.id(row + "adminApprovals")).clear();
    browser.findElement(By.id(row + "adminApprovals")).sendKeys("2");
    browser.findElement(By.id(row + "councilResolution")).click();
    browser.findElement(By.id("policyForm:effectiveFrom")).clear();
    browser.findElement(By.id("policyForm:effectiveFrom")).sendKeys(today());
    browser.findElement(By.id("policyForm:save")).click();
    Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent()).accept();
    Browser.until(browser, By.cssSelector(".msg-info"));
    assertThat(browser.findElement(By.cssSelector(".msg-info")).getText()).contains("is saved");
    // Post/Redirect/Get: the address is the page's own, and a reload sends nothing again
    assertThat(browser.getCurrentUrl()).doesNotContain("faces-redirect");
    int versions = browser.findElements(By.cssSelector("section[id^='version-']")).size();
    browser.navigate().refresh();
    Browser.until(browser, By.id("policyForm:rules"));
    assertThat(browser.findElements(By.cssSelector("section[id^='version-']"))).hasSize(versions);
    assertThat(browser.findElement(By.cssSelector("section[id^='version-']")).getText())
        .contains(
            "Strategic " + token, "a licensee in CN", "a resolution of the Governing Council");
    Browser.screenshot(browser, "83-approval-policy");

    // a deal submitted now shows what it needs; the approving admin is asked for the resolution
    long deal = submitted(token);
    browser.get(portal.url("app/licensing/deal.xhtml?id=" + deal));
    Browser.until(browser, By.id("deal-needs"));
    assertThat(browser.findElement(By.id("deal-needs")).getText())
        .contains("2 admin approval(s)", "Strategic " + token);
    assertThat(browser.findElements(By.id("actions:councilResolution"))).hasSize(1);

    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    Browser.until(browser, By.id("deal-needs"));
    assertThat(browser.findElement(By.id("deal-needs")).getText()).contains("位管理员批准", "理事会决议");
    browser.get(portal.url("app/admin/approval-policy.xhtml"));
    Browser.until(browser, By.id("policyForm:rules"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("许可交易的审批规则");
    assertThat(browser.findElement(By.cssSelector("section[id^='version-']")).getText())
        .contains("现行", "被许可方位于 CN");
    Browser.screenshot(browser, "84-approval-policy-zh");
    browser.findElement(By.id("langForm:en")).click();
    Browser.language(browser, "en");
  }

  // ---- named approver roles (decision 0108) ----

  /** A rule for deals whose territory contains the token: one admin and the named role. */
  private static String roleRule(String token, String role) {
    return "{\"name\":\"Counsel "
        + token
        + "\",\"territory\":\""
        + token
        + "\",\"adminApprovals\":1,\"coOwnerConsent\":true,\"councilResolution\":false,"
        + "\"namedRoles\":[\""
        + role
        + "\"]}";
  }

  private HttpResponse<String> defineRole(String admin, String code) throws Exception {
    return http()
        .postJson(
            "api/v1/approver-roles",
            admin,
            "{\"code\":\"" + code + "\",\"name\":\"Legal counsel\",\"nameZh\":\"法律顾问\"}");
  }

  private HttpResponse<String> give(String admin, String code, String username) throws Exception {
    return http()
        .postJson(
            "api/v1/approver-roles/" + code + "/holders",
            admin,
            "{\"username\":\"" + username + "\"}");
  }

  private static JsonObject namedRole(JsonObject deal) {
    return deal.getJsonObject("approvalNeeds").getJsonArray("namedRoles").getJsonObject(0);
  }

  @Test
  void aNamedRoleIsDefinedGivenAskedByARuleAndOnlyItsHolderMeetsItOnADeal() throws Exception {
    String admin = http().tokenFor("admin");
    String token = "ROLE" + System.nanoTime();
    String code = "counsel-" + System.nanoTime();

    HttpResponse<String> defined = defineRole(admin, code);
    assertThat(defined.statusCode()).as(defined.body()).isEqualTo(201);
    assertThat(Http.json(defined).getJsonArray("holders")).isEmpty();
    HttpResponse<String> badCode = defineRole(admin, "Legal Counsel");
    assertThat(badCode.statusCode()).isEqualTo(400);
    assertThat(badCode.body()).contains("\"code\"");

    // a rule asking for a role nobody holds would leave deals without an approver: refused
    HttpResponse<String> unheld =
        http()
            .postJson(
                "api/v1/approval-policies",
                admin,
                "{\"effectiveFrom\":\""
                    + today()
                    + "\",\"rules\":["
                    + roleRule(token, code)
                    + ","
                    + BUILT_IN_RULE
                    + "]}");
    assertThat(unheld.statusCode()).isEqualTo(400);
    assertThat(unheld.body()).contains("rules[0].namedRoles");

    // only enabled admins hold roles
    HttpResponse<String> toStaff = give(admin, code, "ntu.staff");
    assertThat(toStaff.statusCode()).isEqualTo(400);
    assertThat(toStaff.body()).contains("username");
    HttpResponse<String> given = give(admin, code, "ip.office");
    assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
    assertThat(Http.json(given).getJsonArray("holders").getString(0)).isEqualTo("ip.office");
    assertThat(
            Http.json(http().get("api/v1/approver-roles", admin)).getJsonArray("items").toString())
        .contains(code, "法律顾问");

    JsonObject saved = save(admin, roleRule(token, code) + "," + BUILT_IN_RULE);
    assertThat(saved.getJsonArray("rules").getJsonObject(0).getJsonArray("namedRoles").getString(0))
        .isEqualTo(code);

    // the deal submitted now needs the role; an admin who does not hold it approves, and the
    // number of admin approvals is met, but the deal waits for the holder
    long deal = submitted(token);
    JsonObject needed = namedRole(Http.json(http().get("api/v1/licence-deals/" + deal, admin)));
    assertThat(needed.getString("code")).isEqualTo(code);
    assertThat(needed.getString("name")).isEqualTo("Legal counsel");
    assertThat(needed.getBoolean("met")).isFalse();
    HttpResponse<String> byNonHolder =
        http().postJson("api/v1/licence-deals/" + deal + "/approve", admin, "{}");
    assertThat(byNonHolder.statusCode()).as(byNonHolder.body()).isEqualTo(200);
    assertThat(Http.json(byNonHolder).getString("state")).isEqualTo("UNDER_REVIEW");
    assertThat(namedRole(Http.json(byNonHolder)).getBoolean("met")).isFalse();
    assertThat(Http.json(byNonHolder).getJsonArray("allowedActions").toString())
        .doesNotContain("APPROVE");

    HttpResponse<String> byHolder =
        http()
            .postJson(
                "api/v1/licence-deals/" + deal + "/approve", http().tokenFor("ip.office"), "{}");
    assertThat(byHolder.statusCode()).as(byHolder.body()).isEqualTo(200);
    assertThat(Http.json(byHolder).getString("state")).isEqualTo("APPROVED");
    assertThat(namedRole(Http.json(byHolder)).getBoolean("met")).isTrue();
    assertThat(namedRole(Http.json(byHolder)).getString("approvedBy")).isEqualTo("ip.office");

    // four eyes: a deal the role's only holder drafted cannot be submitted
    String ipOffice = http().tokenFor("ip.office");
    String terms =
        LicensingApiIT.terms(
                "Drafted by counsel " + token,
                LicensingApiIT.partner("HUAXIN"),
                LicensingApiIT.ntuFamily(),
                "SGD",
                "1000")
            .replace("Mainland China", "Mainland China, " + token);
    HttpResponse<String> drafted = http().postJson("api/v1/licence-deals", ipOffice, terms);
    assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
    long own = Http.json(drafted).getJsonNumber("id").longValue();
    HttpResponse<String> refused =
        http()
            .postJson(
                "api/v1/licence-deals/" + own + "/submit", http().tokenFor("ntu.staff"), "{}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("named role");

    HttpResponse<String> audit = http().get("api/v1/audit?entityType=ApproverRole&limit=20", admin);
    assertThat(audit.body()).contains("APPROVER_ROLE_CREATED", "APPROVER_ROLE_ASSIGNED", code);
    assertThat(http().get("api/v1/approver-roles", http().tokenFor("ntu.staff")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void anAdminDefinesAndGivesANamedRoleInThePortalAndTheDealPageSaysWhoMustStillApprove(
      Chromium chromium) throws Exception {
    Portal portal = chromium.portal(base);
    ChromeDriver browser = portal.driver();
    portal.signInAs("admin");
    browser.get(portal.url("app/admin/approval-policy.xhtml"));
    Browser.until(browser, By.id("roleForm:code"));
    String code = "finance-" + System.nanoTime();

    // a malformed code and a missing Chinese name are refused beside their fields, nothing lost
    browser.findElement(By.id("roleForm:code")).sendKeys("Finance Director");
    browser.findElement(By.id("roleForm:name")).sendKeys("Finance director");
    Browser.clickToNewPage(browser, By.id("roleForm:create"));
    Browser.until(browser, By.cssSelector("#roleForm .field-error"));
    assertThat(browser.findElement(By.id("roleForm")).getText())
        .contains("lower-case letters", "required");
    assertThat(browser.findElement(By.id("roleForm:name")).getAttribute("value"))
        .isEqualTo("Finance director");
    browser.findElement(By.id("roleForm:code")).clear();
    browser.findElement(By.id("roleForm:code")).sendKeys(code);
    browser.findElement(By.id("roleForm:nameZh")).sendKeys("财务总监");
    Browser.clickToNewPage(browser, By.id("roleForm:create"));
    Browser.until(browser, By.cssSelector(".msg-info"));
    assertThat(browser.getCurrentUrl()).doesNotContain("faces-redirect");
    assertThat(browser.findElement(By.id("role-name-" + code)).getText())
        .isEqualTo("Finance director");

    // giving it to a partner's staff is refused beside the username; to an admin, it is held
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("holderForm:holderRole")))
        .selectByValue(code);
    browser.findElement(By.id("holderForm:username")).sendKeys("ntu.staff");
    browser.findElement(By.id("holderForm:assign")).click();
    Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent()).accept();
    Browser.until(browser, By.cssSelector("#holderForm .field-error"));
    assertThat(browser.findElement(By.id("holderForm")).getText())
        .contains("Only an enabled admin account");
    browser.findElement(By.id("holderForm:username")).clear();
    browser.findElement(By.id("holderForm:username")).sendKeys("ip.office");
    browser.findElement(By.id("holderForm:assign")).click();
    Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent()).accept();
    Browser.until(browser, By.cssSelector(".msg-info"));
    assertThat(browser.findElement(By.cssSelector(".msg-info")).getText()).contains("ip.office");
    // a reload sends nothing again
    browser.navigate().refresh();
    Browser.until(browser, By.id("roleForm:code"));
    assertThat(browser.findElement(By.id("roleTable")).getText()).contains("Finance director");
    browser.executeScript(
        "document.getElementById('approver-roles').scrollIntoView({block: 'start'});");
    Browser.screenshot(browser, "107-approver-roles");

    // a rule asking for it, saved through the API; a deal submitted now names it on its page
    String token = "FIN" + System.nanoTime();
    save(http().tokenFor("admin"), roleRule(token, code) + "," + BUILT_IN_RULE);
    long deal = submitted(token);
    browser.get(portal.url("app/licensing/deal.xhtml?id=" + deal));
    Browser.until(browser, By.id("deal-named-roles"));
    assertThat(browser.findElement(By.id("deal-named-roles")).getText())
        .contains("Finance director", "waiting for a holder of the role");
    http().postJson("api/v1/licence-deals/" + deal + "/approve", http().tokenFor("admin"), "{}");
    browser.navigate().refresh();
    Browser.until(browser, By.id("deal-named-roles"));
    assertThat(browser.findElements(By.id("actions:approve"))).isEmpty();
    Browser.screenshot(browser, "108-deal-named-roles");

    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    Browser.until(browser, By.id("deal-named-roles"));
    assertThat(browser.findElement(By.id("deal-named-roles")).getText())
        .contains("财务总监", "等待该角色持有人批准");
    browser.get(portal.url("app/admin/approval-policy.xhtml"));
    Browser.until(browser, By.id("roleForm:code"));
    assertThat(browser.findElement(By.id("approver-roles")).getText()).isEqualTo("指定审批角色");
    assertThat(browser.findElement(By.id("role-name-" + code)).getText()).isEqualTo("财务总监");
    assertThat(browser.findElement(By.cssSelector("section[id^='version-']")).getText())
        .contains("财务总监");
    browser.executeScript(
        "document.getElementById('approver-roles').scrollIntoView({block: 'start'});");
    Browser.screenshot(browser, "109-approver-roles-zh");
    browser.findElement(By.id("langForm:en")).click();
    Browser.language(browser, "en");
  }
}
