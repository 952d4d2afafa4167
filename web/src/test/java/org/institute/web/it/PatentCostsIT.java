package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Patent costs (issue 19, decision 0103): recorded through the API and the portal by staff of a
 * co-owner and admins, kept in SGD and CNY at the rate of their date, totalled per family and per
 * paying co-owner; others do not see the family.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class PatentCostsIT {

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  private Http http() {
    return new Http(base);
  }

  /** A new family owned by NTU alone, registered by an admin: its id. */
  private long ntuFamily() throws Exception {
    long ntu = LicensingApiIT.partner("NTU");
    HttpResponse<String> r =
        http()
            .postJson(
                "api/v1/patents",
                http().tokenFor("admin"),
                "{\"reference\":\"COST-"
                    + System.nanoTime() % 1_000_000_000
                    + "\",\"title\":\"Costed family\",\"technologyField\":\"new energy\",\"priorityDate\":\"2021-03-01\","
                    + "\"owners\":[{\"partnerId\":"
                    + ntu
                    + ",\"percent\":100}]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> record(String token, long family, String body) throws Exception {
    return http().postJson("api/v1/patents/" + family + "/costs", token, body);
  }

  @Test
  void costsAreKeptInBothCurrenciesAndTotalledPerFamilyAndPayer() throws Exception {
    long family = ntuFamily();
    long ntu = LicensingApiIT.partner("NTU");
    String staff = http().tokenFor("ntu.staff");
    String day = LocalDate.now(ZoneOffset.UTC).minusDays(3).toString();

    HttpResponse<String> sgd =
        record(
            staff,
            family,
            "{\"kind\":\"FILING\",\"paidBy\":"
                + ntu
                + ",\"incurredOn\":\""
                + day
                + "\",\"amount\":1200.50,\"currency\":\"SGD\",\"note\":\"INV-1\"}");
    assertThat(sgd.statusCode()).as(sgd.body()).isEqualTo(201);
    JsonObject first = Http.json(sgd);
    BigDecimal firstCny = first.getJsonNumber("amountCny").bigDecimalValue();
    assertThat(first.getJsonNumber("amountSgd").bigDecimalValue()).isEqualByComparingTo("1200.50");
    assertThat(firstCny).isPositive();
    HttpResponse<String> cny =
        record(
            http().tokenFor("admin"),
            family,
            "{\"kind\":\"MAINTENANCE\",\"paidBy\":"
                + ntu
                + ",\"incurredOn\":\""
                + day
                + "\",\"amount\":800,\"currency\":\"CNY\"}");
    assertThat(cny.statusCode()).as(cny.body()).isEqualTo(201);
    BigDecimal secondSgd = Http.json(cny).getJsonNumber("amountSgd").bigDecimalValue();

    JsonObject summary = Http.json(http().get("api/v1/patents/" + family + "/costs", staff));
    assertThat(summary.getJsonArray("costs")).hasSize(2);
    assertThat(summary.getJsonNumber("totalSgd").bigDecimalValue())
        .isEqualByComparingTo(new BigDecimal("1200.50").add(secondSgd));
    assertThat(summary.getJsonNumber("totalCny").bigDecimalValue())
        .isEqualByComparingTo(firstCny.add(new BigDecimal("800")));
    assertThat(
            summary.getJsonArray("byPayer").getJsonObject(0).getJsonNumber("partnerId").longValue())
        .isEqualTo(ntu);

    // SCUT's staff do not see an NTU family, nor its costs
    assertThat(
            http()
                .get("api/v1/patents/" + family + "/costs", http().tokenFor("scut.staff"))
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> audit =
        http()
            .get(
                "api/v1/audit?entityType=PatentFamily&entityId=" + family,
                http().tokenFor("admin"));
    assertThat(audit.body()).contains("PATENT_COST_RECORDED", "INV-1");
  }

  @Test
  void aCostWithProblemsIsRefusedNamingEveryFieldAndNothingIsRecorded() throws Exception {
    long family = ntuFamily();
    String staff = http().tokenFor("ntu.staff");
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

    HttpResponse<String> refused =
        record(
            staff,
            family,
            "{\"paidBy\":"
                + LicensingApiIT.partner("SCUT")
                + ",\"incurredOn\":\""
                + tomorrow
                + "\",\"amount\":-1,\"currency\":\"USD\"}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("\"kind\"", "\"paidBy\"", "\"incurredOn\"", "\"amount\"", "\"currency\"");
    assertThat(
            Http.json(http().get("api/v1/patents/" + family + "/costs", staff))
                .getJsonArray("costs"))
        .isEmpty();
  }

  @Test
  void staffRecordACostOnTheFamilyPageInBothLanguages(Chromium chromium) throws Exception {
    long family = ntuFamily();
    Portal portal = chromium.portal(base);
    ChromeDriver browser = portal.driver();
    portal.signInAs("ntu.staff");
    browser.get(portal.url("app/licensing/family.xhtml?id=" + family));
    Browser.until(browser, By.id("costForm:record"));
    assertThat(browser.findElement(By.id("costsNone")).getText())
        .isEqualTo("No cost recorded yet.");

    // a date in the future and no kind: both refused beside their fields, the amount kept
    browser
        .findElement(By.id("costForm:incurredOn"))
        .sendKeys(LocalDate.now(ZoneOffset.UTC).plusDays(2).toString());
    browser.findElement(By.id("costForm:amount")).sendKeys("2500");
    browser.findElement(By.id("costForm:record")).click();
    Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent()).accept();
    Browser.until(browser, By.cssSelector("#costForm .field-error"));
    assertThat(browser.findElement(By.id("costForm")).getText())
        .contains("The date cannot be in the future.", "This field is required.");
    assertThat(browser.findElement(By.id("costForm:amount")).getAttribute("value"))
        .isEqualTo("2500");

    new Select(browser.findElement(By.id("costForm:kind"))).selectByValue("PROSECUTION");
    new Select(browser.findElement(By.id("costForm:paidBy"))).selectByIndex(1);
    browser.findElement(By.id("costForm:incurredOn")).clear();
    browser
        .findElement(By.id("costForm:incurredOn"))
        .sendKeys(LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
    browser.findElement(By.id("costForm:note")).sendKeys("Office action response");
    browser.findElement(By.id("costForm:record")).click();
    Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent()).accept();
    Browser.until(browser, By.cssSelector(".msg-info"));
    assertThat(browser.findElement(By.id("costs-total")).getText()).contains("SGD 2,500.00");
    assertThat(browser.findElement(By.id("costList")).getText())
        .contains("Prosecution", "Office action response");
    // Post/Redirect/Get: a reload records nothing again
    browser.navigate().refresh();
    Browser.until(browser, By.id("costList"));
    assertThat(browser.findElements(By.cssSelector("#costList tbody tr"))).hasSize(1);
    browser.executeScript("document.getElementById('costs').scrollIntoView()");
    Browser.screenshot(browser, "85-patent-costs");

    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    Browser.until(browser, By.id("costList"));
    assertThat(browser.findElement(By.id("costs-heading")).getText()).isEqualTo("专利费用");
    assertThat(browser.findElement(By.id("costList")).getText()).contains("审查答复");
    browser.executeScript("document.getElementById('costs').scrollIntoView()");
    Browser.screenshot(browser, "86-patent-costs-zh");
    browser.findElement(By.id("langForm:en")).click();
    Browser.language(browser, "en");
  }
}
