package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Who gets the money (issue 19, decision 0107): a payment on a co-owned family with unrecovered
 * costs repays them first, then gives each institution its share and each inventor their part by
 * the institution's policy in force on the payment's date; the lines add up to the payment; a
 * policy dated tomorrow changes nothing today; admins name inventors and save policies in the
 * portal; statements read the lines.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class DistributionIT {

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  private Http http() {
    return new Http(base);
  }

  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  /** A family of this test's own, co-owned by NTU (60) and SCUT (40): its id. */
  private long coOwnedFamily() throws Exception {
    HttpResponse<String> r =
        http()
            .postJson(
                "api/v1/patents",
                http().tokenFor("admin"),
                "{\"reference\":\"WF-"
                    + UUID.randomUUID().toString().substring(0, 8)
                    + "\",\"title\":\"Waterfall family\",\"technologyField\":\"biomedicine\","
                    + "\"priorityDate\":\"2021-03-01\",\"owners\":[{\"partnerId\":"
                    + LicensingApiIT.partner("NTU")
                    + ",\"percent\":60},{\"partnerId\":"
                    + LicensingApiIT.partner("SCUT")
                    + ",\"percent\":40}]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).getJsonNumber("id").longValue();
  }

  private String sharing(String recovery, String... inventors) {
    return "{\"costRecovery\":\""
        + recovery
        + "\",\"inventors\":["
        + String.join(",", inventors)
        + "]}";
  }

  private static String inventor(String name, long partner, String contribution) {
    return "{\"name\":\""
        + name
        + "\",\"partnerId\":"
        + partner
        + ",\"contribution\":"
        + contribution
        + "}";
  }

  /** A deal on the family, drafted by NTU staff, consented, approved and executed: its id. */
  private long executedDeal(long family) throws Exception {
    String staff = http().tokenFor("ntu.staff");
    HttpResponse<String> created =
        http()
            .postJson(
                "api/v1/licence-deals",
                staff,
                LicensingApiIT.terms(
                    "Waterfall deal " + UUID.randomUUID(),
                    LicensingApiIT.partner("HUAXIN"),
                    family,
                    "SGD",
                    "5000"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long deal = Http.json(created).getJsonNumber("id").longValue();
    step(staff, deal, "submit");
    step(http().tokenFor("scut.staff"), deal, "consent");
    step(http().tokenFor("admin"), deal, "approve");
    HttpResponse<String> executed =
        http()
            .postJson(
                "api/v1/licence-deals/" + deal + "/execute",
                staff,
                "{\"signingDate\":\""
                    + TODAY
                    + "\",\"fileName\":\"signed.pdf\",\"signedPdfBase64\":\""
                    + Base64.getEncoder().encodeToString(LicensingApiIT.pdf())
                    + "\"}");
    assertThat(executed.statusCode()).as(executed.body()).isEqualTo(200);
    return deal;
  }

  private void step(String token, long deal, String transition) throws Exception {
    HttpResponse<String> r =
        http().postJson("api/v1/licence-deals/" + deal + "/" + transition, token, "{}");
    assertThat(r.statusCode()).as(transition + ": " + r.body()).isEqualTo(200);
  }

  private JsonObject pay(long deal, String amount) throws Exception {
    HttpResponse<String> paid =
        http()
            .postJson(
                "api/v1/licence-deals/" + deal + "/payments",
                http().tokenFor("admin"),
                "{\"receivedOn\":\""
                    + TODAY
                    + "\",\"amount\":"
                    + amount
                    + ",\"currency\":\"SGD\",\"purpose\":\"ROYALTY\"}");
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
    return Http.json(paid);
  }

  /** The percentage of the first tier of the institution's policy in force today. */
  private BigDecimal firstTier(long partner) throws Exception {
    JsonArray versions =
        Http.json(http().get("api/v1/distribution-policies", http().tokenFor("admin")))
            .getJsonArray("items");
    for (JsonObject v : versions.getValuesAs(JsonObject.class)) {
      if (v.getJsonNumber("partnerId").longValue() == partner
          && v.getString("standing").equals("IN_FORCE")) {
        return v.getJsonArray("tiers")
            .getJsonObject(0)
            .getJsonNumber("inventorsPercent")
            .bigDecimalValue();
      }
    }
    return BigDecimal.ZERO;
  }

  private static BigDecimal sum(JsonArray lines, String step, Long partner) {
    BigDecimal total = BigDecimal.ZERO;
    for (JsonObject l : lines.getValuesAs(JsonObject.class)) {
      if ((step == null || l.getString("step").equals(step))
          && (partner == null || l.getJsonNumber("partnerId").longValue() == partner)) {
        total = total.add(l.getJsonNumber("amountSgd").bigDecimalValue());
      }
    }
    return total;
  }

  @Test
  void aPaymentRepaysCostsThenGivesEachInstitutionAndEachInventorTheirPart() throws Exception {
    long ntu = LicensingApiIT.partner("NTU");
    long scut = LicensingApiIT.partner("SCUT");
    long family = coOwnedFamily();
    String admin = http().tokenFor("admin");
    HttpResponse<String> named =
        http()
            .putJson(
                "api/v1/patents/" + family + "/sharing",
                admin,
                sharing(
                    "RECOVER_FIRST",
                    inventor("Tan Wei Ming", ntu, "40"),
                    inventor("Lim Hui Min", ntu, "20"),
                    inventor("Chen Xiaofeng (陈晓峰)", scut, "40")));
    assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
    assertThat(Http.json(named).getJsonArray("inventors")).hasSize(3);
    HttpResponse<String> cost =
        http()
            .postJson(
                "api/v1/patents/" + family + "/costs",
                admin,
                "{\"kind\":\"FILING\",\"paidBy\":"
                    + ntu
                    + ",\"incurredOn\":\""
                    + TODAY.minusDays(3)
                    + "\",\"amount\":2000.00,\"currency\":\"SGD\"}");
    assertThat(cost.statusCode()).as(cost.body()).isEqualTo(201);
    long deal = executedDeal(family);

    JsonArray lines = pay(deal, "10000.01").getJsonArray("waterfall");

    // the lines add up to the payment to the cent
    assertThat(sum(lines, null, null)).isEqualByComparingTo("10000.01");
    // the cost first, to NTU that paid it
    assertThat(sum(lines, "COST_RECOVERY", ntu)).isEqualByComparingTo("2000.00");
    assertThat(sum(lines, "COST_RECOVERY", scut)).isZero();
    // the rest 60:40
    BigDecimal ntuPart = sum(lines, "INSTITUTION", ntu).add(sum(lines, "INVENTOR", ntu));
    BigDecimal scutPart = sum(lines, "INSTITUTION", scut).add(sum(lines, "INVENTOR", scut));
    assertThat(ntuPart).isEqualByComparingTo("4800.01");
    assertThat(scutPart).isEqualByComparingTo("3200.00");
    // each institution's inventors get its first tier's share (the family has no income before)
    BigDecimal ntuInventors = sum(lines, "INVENTOR", ntu);
    assertThat(ntuInventors)
        .isEqualByComparingTo(
            ntuPart.multiply(firstTier(ntu)).movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN));
    assertThat(sum(lines, "INVENTOR", scut))
        .isEqualByComparingTo(
            scutPart
                .multiply(firstTier(scut))
                .movePointLeft(2)
                .setScale(2, RoundingMode.HALF_EVEN));
    // NTU's two inventors 40:20
    List<JsonObject> ntuInventorLines =
        lines.getValuesAs(JsonObject.class).stream()
            .filter(
                l ->
                    l.getString("step").equals("INVENTOR")
                        && l.getJsonNumber("partnerId").longValue() == ntu)
            .toList();
    assertThat(ntuInventorLines)
        .extracting(l -> l.getString("inventorName"))
        .containsExactly("Tan Wei Ming", "Lim Hui Min");
    assertThat(ntuInventorLines.get(0).getJsonNumber("amountSgd").bigDecimalValue())
        .isEqualByComparingTo(
            ntuInventorLines
                .get(1)
                .getJsonNumber("amountSgd")
                .bigDecimalValue()
                .multiply(BigDecimal.valueOf(2)));

    // a second payment: the cost is repaid already, so everything goes by ownership
    JsonArray second = pay(deal, "1000.00").getJsonArray("waterfall");
    assertThat(sum(second, "COST_RECOVERY", null)).isZero();
    assertThat(sum(second, null, null)).isEqualByComparingTo("1000.00");

    // the statement of the inventor lists both of their lines; SCUT's staff do not see NTU's
    JsonArray statement =
        Http.json(
                http()
                    .get(
                        "api/v1/distribution-statement?dealId="
                            + deal
                            + "&inventor=tan%20wei%20ming",
                        admin))
            .getJsonArray("items");
    assertThat(statement).hasSize(2);
    JsonArray scutView =
        Http.json(
                http()
                    .get(
                        "api/v1/distribution-statement?dealId=" + deal,
                        http().tokenFor("scut.staff")))
            .getJsonArray("items");
    assertThat(scutView.getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allMatch(l -> l.getJsonNumber("partnerId").longValue() == scut);
    HttpResponse<String> csv =
        http()
            .send(
                http()
                    .request("api/v1/distribution-statement?dealId=" + deal + "&format=csv", admin)
                    .header("Accept", "text/csv")
                    .GET()
                    .build());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).contains("COST_RECOVERY", "Tan Wei Ming");
    // the same statement as a PDF (issue 19, item 3: portal, PDF, CSV/XLSX), by the Accept header
    // or ?format=pdf; SCUT's staff get a PDF of their own lines only
    HttpResponse<byte[]> pdf =
        http().download("api/v1/distribution-statement?dealId=" + deal, admin, "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("attachment", ".pdf"));
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
          .contains("Tan Wei Ming");
    }
    HttpResponse<byte[]> byFormat =
        http()
            .download(
                "api/v1/distribution-statement?dealId=" + deal + "&format=pdf",
                http().tokenFor("scut.staff"));
    assertThat(byFormat.statusCode()).isEqualTo(200);
    assertThat(byFormat.headers().firstValue("Content-Type")).hasValue("application/pdf");
  }

  @Test
  void inventorsThatDoNotAddUpOrWorkElsewhereAreRefusedNamingTheField() throws Exception {
    long family = coOwnedFamily();
    HttpResponse<String> refused =
        http()
            .putJson(
                "api/v1/patents/" + family + "/sharing",
                http().tokenFor("admin"),
                sharing(
                    "RECOVER_FIRST",
                    inventor("Tan Wei Ming", LicensingApiIT.partner("NTU"), "40"),
                    inventor("Someone", LicensingApiIT.partner("GKC"), "30")));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("inventors[1].partnerId", "\"inventors\"");
    assertThat(
            http()
                .putJson(
                    "api/v1/patents/" + family + "/sharing",
                    http().tokenFor("ntu.staff"),
                    sharing("NONE", inventor("Tan Wei Ming", LicensingApiIT.partner("NTU"), "100")))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aPolicyDatedTomorrowChangesNothingToday() throws Exception {
    long ntu = LicensingApiIT.partner("NTU");
    long family = coOwnedFamily();
    String admin = http().tokenFor("admin");
    http()
        .putJson(
            "api/v1/patents/" + family + "/sharing",
            admin,
            sharing(
                "NONE",
                inventor("Tan Wei Ming", ntu, "60"),
                inventor("Chen Xiaofeng (陈晓峰)", LicensingApiIT.partner("SCUT"), "40")));
    long deal = executedDeal(family);
    BigDecimal tier = firstTier(ntu);

    HttpResponse<String> past =
        http()
            .postJson(
                "api/v1/distribution-policies",
                admin,
                "{\"partnerId\":"
                    + ntu
                    + ",\"effectiveFrom\":\""
                    + TODAY.minusDays(1)
                    + "\",\"tiers\":[{\"fromSgd\":0,\"inventorsPercent\":0}]}");
    assertThat(past.statusCode()).as(past.body()).isEqualTo(400);
    assertThat(past.body()).contains("effectiveFrom");
    HttpResponse<String> bad =
        http()
            .postJson(
                "api/v1/distribution-policies",
                admin,
                "{\"partnerId\":"
                    + ntu
                    + ",\"effectiveFrom\":\""
                    + TODAY.plusDays(1)
                    + "\",\"tiers\":[{\"fromSgd\":10,\"inventorsPercent\":120}]}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("tiers[0].fromSgd", "tiers[0].inventorsPercent");

    HttpResponse<String> saved =
        http()
            .postJson(
                "api/v1/distribution-policies",
                admin,
                "{\"partnerId\":"
                    + ntu
                    + ",\"effectiveFrom\":\""
                    + TODAY.plusDays(1)
                    + "\",\"tiers\":[{\"fromSgd\":0,\"inventorsPercent\":0}],\"note\":\"test: none to inventors\"}");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
    assertThat(Http.json(saved).getString("standing")).isEqualTo("DUE");

    JsonArray lines = pay(deal, "1000.00").getJsonArray("waterfall");
    assertThat(sum(lines, "INVENTOR", ntu))
        .isEqualByComparingTo(
            new BigDecimal("600.00")
                .multiply(tier)
                .movePointLeft(2)
                .setScale(2, RoundingMode.HALF_EVEN));
    assertThat(firstTier(ntu)).isEqualByComparingTo(tier);
    // the preview of that payment under the draft shows what it would have given
    long payment = lines.getJsonObject(0).getJsonNumber("paymentId").longValue();
    HttpResponse<String> preview =
        http()
            .postJson(
                "api/v1/distribution-policies/preview?paymentId=" + payment,
                admin,
                "{\"partnerId\":" + ntu + ",\"tiers\":[{\"fromSgd\":0,\"inventorsPercent\":0}]}");
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    JsonArray proposed = Http.json(preview).getJsonArray("proposed");
    assertThat(sum(proposed, "INVENTOR", ntu)).isZero();
    assertThat(sum(proposed, null, null)).isEqualByComparingTo("1000.00");
  }

  @Test
  void adminsNameInventorsAndReadTheStatementInThePortalInBothLanguages(Chromium chromium)
      throws Exception {
    long ntu = LicensingApiIT.partner("NTU");
    long family = coOwnedFamily();
    long deal = executedDeal(family);
    Portal portal = chromium.portal(base);
    ChromeDriver browser = portal.driver();
    portal.signInAs("admin");
    browser.get(portal.url("app/licensing/family.xhtml?id=" + family));
    Browser.until(browser, By.id("sharingForm:saveSharing"));
    assertThat(browser.findElement(By.id("inventorsNone")).getText()).contains("No inventors");

    // one inventor at 70 %: the sum is refused beside the table, what was typed is kept
    browser.findElement(By.id("sharingForm:inventors:0:name")).sendKeys("Tan Wei Ming");
    new Select(browser.findElement(By.id("sharingForm:inventors:0:partnerId")))
        .selectByValue(Long.toString(ntu));
    browser.findElement(By.id("sharingForm:inventors:0:contribution")).sendKeys("70");
    browser.findElement(By.id("sharingForm:saveSharing")).click();
    Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent()).accept();
    Browser.until(browser, By.cssSelector("#sharingForm .field-error"));
    assertThat(browser.findElement(By.id("sharingForm:inventorsError")).getText()).isNotBlank();
    assertThat(browser.findElement(By.id("sharingForm:inventors:0:name")).getAttribute("value"))
        .isEqualTo("Tan Wei Ming");

    browser.findElement(By.id("sharingForm:addInventor")).click();
    Browser.until(browser, By.id("sharingForm:inventors:1:name"));
    browser.findElement(By.id("sharingForm:inventors:1:name")).sendKeys("Chen Xiaofeng (陈晓峰)");
    new Select(browser.findElement(By.id("sharingForm:inventors:1:partnerId")))
        .selectByValue(Long.toString(LicensingApiIT.partner("SCUT")));
    browser.findElement(By.id("sharingForm:inventors:1:contribution")).sendKeys("30");
    browser.findElement(By.id("sharingForm:saveSharing")).click();
    Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent()).accept();
    Browser.until(browser, By.cssSelector(".msg-info"));
    assertThat(browser.findElement(By.id("inventorList")).getText())
        .contains("Tan Wei Ming", "Chen Xiaofeng (陈晓峰)");
    browser.navigate().refresh();
    Browser.until(browser, By.id("inventorList"));
    assertThat(browser.findElements(By.cssSelector("#inventorList tbody tr"))).hasSize(2);
    browser.executeScript("document.getElementById('sharing').scrollIntoView()");
    Browser.screenshot(browser, "103-family-inventors");

    long payment = pay(deal, "2500.00").getJsonNumber("id").longValue();
    // the deal's page shows the payment's waterfall and leads to the deal's statement
    browser.get(portal.url("app/licensing/deal.xhtml?id=" + deal));
    Browser.until(browser, By.id("waterfall-" + payment));
    assertThat(browser.findElement(By.id("waterfall-" + payment)).getAttribute("textContent"))
        .contains("Tan Wei Ming", "Chen Xiaofeng (陈晓峰)");
    Browser.clickToNewPage(browser, By.id("statementLink"));
    Browser.until(browser, By.id("lines"));
    assertThat(browser.findElement(By.id("totals")).getText()).contains("Tan Wei Ming", "Inventor");
    Browser.screenshot(browser, "104-distribution-statement");
    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    Browser.until(browser, By.id("lines"));
    assertThat(browser.findElement(By.id("totals")).getText()).contains("发明人", "机构");
    Browser.screenshot(browser, "105-distribution-statement-zh");

    browser.get(portal.url("app/admin/distribution-policy.xhtml"));
    Browser.until(browser, By.id("versions"));
    assertThat(browser.findElement(By.id("versions")).getText()).contains("现行");
    Browser.screenshot(browser, "106-distribution-policies-zh");
    browser.findElement(By.id("langForm:en")).click();
    Browser.language(browser, "en");
  }
}
