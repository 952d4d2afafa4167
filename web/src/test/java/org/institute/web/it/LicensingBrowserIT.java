package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The licensing pages in a real headless Chromium: inbox, deal timeline, pipeline, patents. */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class LicensingBrowserIT {

  private ChromeDriver browser;
  private Portal portal;

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  @BeforeEach
  void open(Chromium chromium) {
    portal = chromium.portal(base);
    browser = portal.driver();
  }

  /** A deal of an NTU family submitted by NTU staff through the API: it needs only an admin. */
  private long submittedDeal() throws Exception {
    return submittedDeal("Browser deal " + UUID.randomUUID().toString().substring(0, 8));
  }

  private long submittedDeal(String title) throws Exception {
    Http api = new Http(base);
    String ntu = new Http(base).tokenFor("ntu.staff");
    HttpResponse<String> created =
        api.postJson(
            "api/v1/licence-deals",
            ntu,
            LicensingApiIT.terms(
                title,
                LicensingApiIT.partner("ZHIYUN"),
                LicensingApiIT.ntuFamily(),
                "SGD",
                "42000"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Http.json(created).getJsonNumber("id").longValue();
    assertThat(api.postJson("api/v1/licence-deals/" + id + "/submit", ntu, "{}").statusCode())
        .isEqualTo(200);
    return id;
  }

  @Test
  void adminApprovesFromTheInboxAndTheTimelineShowsIt() throws Exception {
    long deal = submittedDeal();
    portal.signInAs("admin");

    browser.findElement(By.cssSelector("nav [data-menu='menu-inbox']")).click();
    By approve = By.cssSelector("[data-approve='" + deal + "']");
    Browser.until(browser, approve);
    Browser.screenshot(browser, "30-licensing-inbox");
    // the approve button's accessible name names the deal it approves, in the reader's words
    WebElement button = browser.findElement(approve);
    String title = browser.findElement(By.id("deal-title-" + deal)).getText();
    assertThat(title).isNotBlank();
    assertThat(button.getAccessibleName()).startsWith("Approve").contains(title);
    assertThat(button.getAttribute("aria-label")).isNull();
    browser.findElement(approve).click();

    Browser.until(browser, By.cssSelector("#deal-state[data-state='APPROVED']"));
    assertThat(browser.getCurrentUrl()).contains("deal.xhtml").contains("id=" + deal);
    assertThat(browser.findElements(By.cssSelector("#timeline [data-event='APPROVE']"))).hasSize(1);
    // people are named by their display names, never by their logins
    assertThat(browser.findElement(By.id("timeline")).getText())
        .contains("Institute Administrator");
    assertThat(browser.findElement(By.id("deal-approvers")).getText())
        .isEqualTo("Institute Administrator");
    browser.executeScript("document.getElementById('timeline-heading').scrollIntoView()");
    assertThat(browser.findElement(By.id("messages")).getText()).isNotBlank();
    Browser.screenshot(browser, "31-licensing-deal-timeline");

    browser.get(portal.url("app/licensing/inbox.xhtml"));
    Browser.until(browser, By.id("inbox"));
    assertThat(browser.findElements(approve)).isEmpty();
  }

  @Test
  void coOwnerStaffSeeTheirConsentInTheirInboxInChinese() throws Exception {
    portal.signInAs("scut.staff");
    browser.get(portal.url("app/licensing/inbox.xhtml"));
    Browser.language(browser, "zh-CN");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("审批待办");
    // the first deal of the same inbox as the API gives it, titled in the reader's language
    jakarta.json.JsonObject first =
        Http.json(
                new Http(base)
                    .get(
                        "api/v1/licence-deals/inbox?limit=1",
                        new Http(base).tokenFor("scut.staff")))
            .getJsonArray("items")
            .getJsonObject(0);
    String title =
        first.containsKey("titleZh") && !first.isNull("titleZh")
            ? first.getString("titleZh")
            : first.getString("title");
    assertThat(browser.findElement(By.id("inbox")).getText()).contains(title);
  }

  @Test
  void pipelineCountsDealsByStateAndFiltersTheTable() {
    portal.signInAs("council");
    browser.get(portal.url("app/licensing/deals.xhtml"));
    Browser.until(browser, By.cssSelector("[data-state='ACTIVE']"));
    Browser.screenshot(browser, "32-licensing-pipeline");
    browser.findElement(By.cssSelector("[data-state='REJECTED']")).click();
    Browser.until(browser, By.cssSelector(".stage.current[data-state='REJECTED']"));
    assertThat(browser.findElement(By.id("deals:table")).getText())
        .contains("Cancer therapy field-limited licence");
    assertThat(browser.findElements(By.cssSelector("#deals\\:table tbody .state")))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getAttribute("class")).contains("state-REJECTED"));
  }

  @Test
  void partnerStaffDownloadTheDealsTheyMaySeeFromThePipeline() throws Exception {
    // the run's browser saves into the run's download folder
    Path file = portal.downloads().resolve("licence-deals.csv");
    Files.deleteIfExists(file);
    boolean chinese = false;
    try {
      portal.signInAs("scut.staff");
      browser.get(portal.url("app/licensing/deals.xhtml"));
      Browser.until(browser, By.id("deals:exportCsv"));
      // SCUT's staff read the portal in Chinese (another test relies on it): English for the tour,
      // then back
      chinese = "zh-CN".equals(browser.findElement(By.tagName("html")).getAttribute("lang"));
      if (chinese) {
        browser.findElement(By.id("langForm:en")).click();
        Browser.language(browser, "en");
        Browser.until(browser, By.id("deals:exportCsv"));
      }
      assertThat(browser.findElement(By.id("deals:exportXlsx")).getAttribute("title"))
          .isEqualTo("Licence deals of the chosen state (XLSX)");
      browser.executeScript(
          "arguments[0].scrollIntoView({block: 'center'})",
          browser.findElement(By.id("deals:exportCsv")));
      Browser.screenshot(browser, "64-deals-export");
      browser.findElement(By.id("deals:exportCsv")).click();

      Browser.waitFor(browser)
          .until(
              d -> {
                try {
                  return Files.exists(file) && Files.size(file) > 0;
                } catch (java.io.IOException e) {
                  return false;
                }
              });
      String text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
      List<org.apache.commons.csv.CSVRecord> rows =
          org.apache.commons.csv.CSVFormat.EXCEL
              .parse(new java.io.StringReader(text.substring(1)))
              .getRecords();
      assertThat(rows.get(0).values()).contains("id", "title", "state", "totalValue", "currency");
      // every page of the JSON list, as the same partner's staff read it (other tests may add many
      // deals)
      Http api = new Http(base);
      String scut = new Http(base).tokenFor("scut.staff");
      List<String> own = new java.util.ArrayList<>();
      String cursor = "";
      do {
        jakarta.json.JsonObject page =
            Http.json(
                api.get(
                    "api/v1/licence-deals?limit=200"
                        + (cursor.isEmpty() ? "" : "&cursor=" + cursor),
                    scut));
        page.getJsonArray("items")
            .getValuesAs(jakarta.json.JsonObject.class)
            .forEach(d -> own.add(Long.toString(d.getJsonNumber("id").longValue())));
        cursor = page.isNull("next") ? "" : page.getString("next");
      } while (!cursor.isEmpty());
      assertThat(own).isNotEmpty();
      assertThat(rows.stream().skip(1).map(r -> r.get(0))).containsExactlyInAnyOrderElementsOf(own);
      long all =
          Http.json(
                  api.get(
                      "api/v1/licence-deals?limit=1&count=exact", new Http(base).tokenFor("admin")))
              .getInt("total");
      assertThat(rows.size() - 1).as("only SCUT's deals").isLessThan((int) all);
    } finally {
      if (chinese) {
        browser.findElement(By.id("langForm:zh")).click();
        Browser.language(browser, "zh-CN");
      }
      Files.deleteIfExists(file);
    }
  }

  @Test
  void patentFamiliesAreSearchedByNumberAndSortedInTheAddress() {
    portal.signInAs("admin");
    browser.get(portal.url("app/licensing/patents.xhtml"));
    Browser.until(browser, By.id("q"));
    inEnglish();
    browser.findElement(By.id("q")).sendKeys("ssijri-2015-002");
    Browser.clickToNewPage(browser, By.id("searchButton"));
    assertThat(browser.findElements(By.cssSelector("#patents\\:families tbody [data-family]")))
        .singleElement()
        .satisfies(e -> assertThat(e.getText()).isEqualTo("SSIJRI-2015-002"));

    browser.get(portal.url("app/licensing/patents.xhtml?q=SSIJRI-2015&sort=reference,desc"));
    Browser.until(browser, By.id("q"));
    List<String> shown =
        browser.findElements(By.cssSelector("#patents\\:families tbody [data-family]")).stream()
            .map(e -> e.getText())
            .toList();
    assertThat(shown).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("SSIJRI-2015"));
    assertThat(shown).isSortedAccordingTo(java.util.Comparator.<String>naturalOrder().reversed());
    assertThat(
            browser
                .findElement(By.cssSelector("#patents\\:families [data-sort='reference']"))
                .getAttribute("data-direction"))
        .isEqualTo("desc");

    // an unknown sort is refused with a message, and the list is shown in its default order
    browser.get(portal.url("app/licensing/patents.xhtml?sort=owner,asc"));
    Browser.until(browser, By.id("q"));
    assertThat(browser.findElement(By.id("messages")).getText())
        .contains("This list cannot be sorted by that field.");
    assertThat(browser.findElements(By.cssSelector("#patents\\:families tbody [data-family]")))
        .isNotEmpty();
  }

  @Test
  void patentFamiliesShowApplicationsAndDeadlines() {
    portal.signInAs("ntu.staff");
    // the demo's families of 2015 (other tests add families of their own, which sort before them)
    browser.get(portal.url("app/licensing/patents.xhtml?q=SSIJRI-2015"));
    Browser.until(browser, By.id("patents:families"));
    assertThat(browser.findElement(By.id("application-count")).getText()).matches(".*\\d+.*");
    assertThat(browser.findElement(By.id("patents:families")).getText())
        .contains("SSIJRI-2015-002")
        .contains("PCT/");
    assertThat(browser.findElements(By.cssSelector("#upcoming tr"))).hasSizeGreaterThan(1);
    Browser.screenshot(browser, "33-licensing-patents");
  }

  private void type(String id, String text) {
    var input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private String errorBeside(String id) {
    return browser
        .findElement(
            By.xpath("//*[@id='" + id + "']/following-sibling::*[contains(@class,'field-error')]"))
        .getText();
  }

  @Test
  void staffDraftSubmitExecuteWithThePdfAndRecordAPayment() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    long family = LicensingApiIT.ntuFamily();
    String title = "Portal deal " + UUID.randomUUID().toString().substring(0, 8);
    portal.signInAs("ntu.staff");
    browser.get(portal.url("app/licensing/deals.xhtml"));
    Browser.until(browser, By.id("newDeal"));
    browser.findElement(By.id("newDeal")).click();
    Browser.until(browser, By.id("dealForm:save"));

    // nothing filled in: each problem beside its field
    browser.findElement(By.id("dealForm:save")).click();
    Browser.until(browser, By.cssSelector("#dealForm .field-error"));
    assertThat(errorBeside("dealForm:licenseeId")).isNotBlank();
    assertThat(errorBeside("dealForm:familyIds")).isNotBlank();
    assertThat(errorBeside("dealForm:fieldOfUse")).isNotBlank();
    Browser.screenshot(browser, "34-licensing-deal-form-errors");

    type("dealForm:title", title);
    new Select(browser.findElement(By.id("dealForm:licenseeId")))
        .selectByValue(Long.toString(LicensingApiIT.partner("ZHIYUN")));
    new Select(browser.findElement(By.id("dealForm:familyIds")))
        .selectByValue(Long.toString(family));
    type("dealForm:fieldOfUse", "Industrial robot vision");
    type("dealForm:territory", "Mainland China");
    new Select(browser.findElement(By.id("dealForm:exclusivity"))).selectByValue("SOLE");
    type("dealForm:upfrontFee", "60000");
    type("dealForm:royaltyPercent", "3");
    type("dealForm:annualMinimum", "0");
    browser.findElement(By.id("dealForm:addMilestone")).click();
    Browser.until(browser, By.id("dealForm:milestones:0:event"));
    type("dealForm:milestones:0:event", "First robot line in production");
    type("dealForm:milestones:0:amount", "abc");
    type("dealForm:milestones:0:dueDate", today.plusDays(200).toString());
    browser.findElement(By.id("dealForm:save")).click();
    Browser.until(
        browser,
        By.xpath(
            "//*[@id='dealForm:milestones:0:amount']/following-sibling::*[contains(@class,'field-error')]"));
    // Enter in a field saves the draft; it adds no milestone row
    type("dealForm:milestones:0:amount", "25000");
    browser.findElement(By.id("dealForm:milestones:0:amount")).sendKeys(Keys.ENTER);

    Browser.until(browser, By.cssSelector("#deal-state[data-state='DRAFT']"));
    String dealUrl = browser.getCurrentUrl();
    long deal = Long.parseLong(dealUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    assertThat(browser.findElement(By.id("deal-milestones")).getText())
        .contains("First robot line in production");
    assertThat(
            Http.json(
                    new Http(base)
                        .get("api/v1/licence-deals/" + deal, new Http(base).tokenFor("admin")))
                .getJsonObject("terms")
                .getJsonArray("milestones"))
        .as("Enter saved; it added no row")
        .hasSize(1);
    assertThat(browser.findElements(By.id("actions:approve"))).isEmpty();

    // someone else revises the draft while this user has the form open: a clear conflict, nothing
    // saved
    browser.findElement(By.id("revise")).click();
    Browser.until(browser, By.id("dealForm:save"));
    Http api = new Http(base);
    String ntu = new Http(base).tokenFor("ntu.staff");
    var current = Http.json(api.get("api/v1/licence-deals/" + deal, ntu));
    String terms =
        LicensingApiIT.terms(
                title + " (API)", LicensingApiIT.partner("ZHIYUN"), family, "SGD", "60000")
            .replace(
                "\"milestones\":[]",
                "\"milestones\":[{\"event\":\"First robot line in production\","
                    + "\"amount\":25000,\"dueDate\":\""
                    + today.plusDays(200)
                    + "\"}]");
    assertThat(
            api.putJson(
                    "api/v1/licence-deals/" + deal,
                    ntu,
                    "{\"version\":"
                        + current.getJsonNumber("version")
                        + ",\"terms\":"
                        + terms
                        + "}")
                .statusCode())
        .isEqualTo(200);
    type("dealForm:territory", "Greater China");
    browser.findElement(By.id("dealForm:save")).click();
    Browser.until(browser, By.cssSelector("#messages .msg-error"));
    assertThat(browser.findElement(By.id("messages")).getText())
        .contains("Someone else changed this deal");

    browser.get(dealUrl);
    Browser.until(browser, By.id("actions:submit"));
    browser.findElement(By.id("actions:submit")).click();
    Browser.until(browser, By.cssSelector("#deal-state[data-state='SUBMITTED']"));
    assertThat(
            api.postJson(
                    "api/v1/licence-deals/" + deal + "/approve",
                    new Http(base).tokenFor("admin"),
                    "{}")
                .statusCode())
        .isEqualTo(200);

    browser.get(dealUrl);
    Browser.until(browser, By.id("execution:execute"));
    type("execution:signingDate", today.toString());
    browser.findElement(By.id("execution:execute")).click();
    Browser.until(
        browser,
        By.xpath(
            "//*[@id='execution:signedPdf']/following-sibling::*[contains(@class,'field-error')]"));
    Path pdf = Files.createTempFile("signed-", ".pdf");
    Files.write(pdf, LicensingApiIT.pdf());
    // the PDF chosen, the date wrong: the refusal keeps the file, which need not be chosen again
    type("execution:signingDate", "not a date");
    browser.findElement(By.id("execution:signedPdf")).sendKeys(pdf.toString());
    browser.findElement(By.id("execution:execute")).click();
    Browser.until(browser, By.id("execution:signedPdf-keptFile"));
    assertThat(browser.findElement(By.id("execution:signedPdf-keptFile")).getText())
        .startsWith("File kept:")
        .contains(pdf.getFileName().toString());
    assertThat(errorBeside("execution:signingDate")).isNotBlank();
    type("execution:signingDate", today.toString());
    browser.findElement(By.id("execution:execute")).click();
    Browser.until(browser, By.cssSelector("#deal-state[data-state='ACTIVE']"));
    Files.deleteIfExists(pdf);
    assertThat(browser.findElements(By.cssSelector("#obligations [data-obligation='UPCOMING']")))
        .hasSizeGreaterThan(1);
    assertThat(browser.findElement(By.id("obligations")).getText())
        .contains("First robot line in production");
    browser.executeScript("document.getElementById('obligations-heading').scrollIntoView()");
    Browser.screenshot(browser, "35-licensing-deal-executed-obligations");

    type("payment:receivedOn", today.toString());
    type("payment:amount", "60000");
    new Select(browser.findElement(By.id("payment:purpose"))).selectByValue("UPFRONT_FEE");
    type("payment:note", "Upfront fee, first instalment");
    browser.executeScript("document.getElementById('payment').scrollIntoView()");
    Browser.screenshot(browser, "36-licensing-payment-form");
    browser.findElement(By.id("payment:recordPayment")).click();
    Browser.until(browser, By.id("payments"));
    assertThat(browser.findElement(By.id("distribution")).getText()).contains("60,000.00");
    // Post/Redirect/Get: the message survives the redirect, the address still names the deal, and
    // reloading the page (or going back to it) records nothing a second time
    assertThat(browser.findElement(By.id("messages")).getText())
        .contains("Payment of", "60,000.00", "recorded");
    assertThat(browser.getCurrentUrl()).contains("id=" + deal);
    browser.navigate().refresh();
    Browser.until(browser, By.id("payments"));
    browser.navigate().back();
    browser.navigate().forward();
    Browser.until(browser, By.id("payments"));
    assertThat(Http.array(api.get("api/v1/licence-deals/" + deal + "/payments", ntu))).hasSize(1);
    browser.executeScript("document.getElementById('payments-heading').scrollIntoView()");
    Browser.screenshot(browser, "37-licensing-payment-distribution");

    browser.get(portal.url("app/licensing/patents.xhtml"));
    Browser.until(browser, By.id("obligations"));
    assertThat(browser.findElement(By.id("obligations")).getText()).contains(title);
    browser.executeScript("document.getElementById('obligations-heading').scrollIntoView()");
    Browser.screenshot(browser, "38-licensing-obligations-calendar");

    browser.get(dealUrl);
    Browser.until(browser, By.id("langForm:zh"));
    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    Browser.until(browser, By.id("obligations-heading"));
    assertThat(browser.findElement(By.id("obligations-heading")).getText()).isEqualTo("义务");
    assertThat(browser.findElement(By.id("payment")).getText()).contains("登记收款");
    browser.executeScript("document.getElementById('obligations-heading').scrollIntoView()");
    Browser.screenshot(browser, "39-licensing-deal-zh");
    browser.findElement(By.id("langForm:en")).click();
    Browser.language(browser, "en");
  }

  /** A deal approved by an admin and executed today by NTU staff, through the API. */
  private long executedDeal() throws Exception {
    Http api = new Http(base);
    long deal = submittedDeal();
    assertThat(
            api.postJson("api/v1/licence-deals/" + deal + "/approve", api.tokenFor("admin"), "{}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> executed =
        api.postJson(
            "api/v1/licence-deals/" + deal + "/execute",
            api.tokenFor("ntu.staff"),
            "{\"signingDate\":\""
                + LocalDate.now(ZoneOffset.UTC)
                + "\",\"fileName\":\"a.pdf\",\"signedPdfBase64\":\""
                + java.util.Base64.getEncoder().encodeToString(LicensingApiIT.pdf())
                + "\"}");
    assertThat(executed.statusCode()).as(executed.body()).isEqualTo(200);
    return deal;
  }

  /**
   * Sends the payment form, as filled in on the page, twice: a double click or a replayed POST.
   * Answers the text of the page each answer ends on (after its redirect).
   */
  @SuppressWarnings("unchecked")
  private List<String> sendPaymentFormTwice() {
    return (List<String>)
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "const form = document.getElementById('payment');"
                + "const data = new URLSearchParams(new FormData(form));"
                + "data.append('payment:recordPayment', 'x');"
                + "const send = () => fetch(form.action, {method: 'POST', body: data,"
                + " credentials: 'same-origin'}).then(r => r.text());"
                + "send().then(first => send().then(second => done([first, second])))"
                + ".catch(e => done(['failed: ' + e, '']));");
  }

  private void fillPayment(String amount) {
    type("payment:receivedOn", LocalDate.now(ZoneOffset.UTC).toString());
    type("payment:amount", amount);
    new Select(browser.findElement(By.id("payment:purpose"))).selectByValue("UPFRONT_FEE");
  }

  @Test
  void aPaymentFormSentTwiceRecordsOnePaymentAndSaysSoInBothLanguages() throws Exception {
    Http api = new Http(base);
    String ntu = api.tokenFor("ntu.staff");
    long deal = executedDeal();
    String payments = "api/v1/licence-deals/" + deal + "/payments";
    portal.signInAs("ntu.staff");
    browser.get(portal.url("app/licensing/deal.xhtml?id=" + deal));
    Browser.until(browser, By.id("langForm:en"));
    inEnglish();
    Browser.until(browser, By.id("payment:recordPayment"));
    assertThat(browser.findElement(By.cssSelector("#payment input[name='oneTimeToken']")))
        .satisfies(t -> assertThat(t.getAttribute("value")).hasSize(24));

    fillPayment("777.77");
    List<String> answers = sendPaymentFormTwice();

    assertThat(answers.get(0)).contains("Payment of", "777.77", "recorded");
    assertThat(answers.get(1))
        .contains("This form was sent already, so nothing was done again.")
        .doesNotContain("recorded and split");
    assertThat(Http.array(api.get(payments, ntu))).hasSize(1);
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM lic_payment WHERE deal_id = ? AND voided_at IS NULL", deal))
        .isEqualTo("1");

    // a form rendered anew has a new token: the next payment is recorded, and its replay refused,
    // in Chinese
    browser.navigate().refresh();
    Browser.until(browser, By.id("langForm:zh"));
    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    Browser.until(browser, By.id("payment:recordPayment"));
    fillPayment("888.88");
    List<String> chinese = sendPaymentFormTwice();
    assertThat(chinese.get(1)).contains("此表单已提交过，本次未重复执行。");
    assertThat(Http.array(api.get(payments, ntu))).hasSize(2);
    browser.findElement(By.id("langForm:en")).click();
    Browser.language(browser, "en");
  }

  @Test
  void dealsAreSearchedAndSortedAndTheAddressAndBreadcrumbKeepTheList() throws Exception {
    String word = "Findable" + UUID.randomUUID().toString().substring(0, 6);
    long alpha = submittedDeal(word + " alpha licence");
    long beta = submittedDeal(word + " beta licence");
    portal.signInAs("admin");
    browser.get(portal.url("app/licensing/deals.xhtml"));
    Browser.until(browser, By.id("langForm:en"));
    inEnglish();
    Browser.until(browser, By.id("q"));

    browser.findElement(By.id("q")).sendKeys(word.toLowerCase());
    Browser.clickToNewPage(browser, By.id("searchButton"));
    assertThat(browser.getCurrentUrl()).contains("q=");
    assertThat(dealIdsShown()).containsExactlyInAnyOrder(alpha, beta);

    Browser.clickToNewPage(browser, By.cssSelector("#deals\\:table [data-sort='title']"));
    assertThat(browser.getCurrentUrl()).contains("sort=title%2Casc");
    assertThat(dealIdsShown()).containsExactly(alpha, beta);
    Browser.clickToNewPage(browser, By.cssSelector("#deals\\:table [data-sort='title']"));
    assertThat(browser.getCurrentUrl()).contains("sort=title%2Cdesc");
    assertThat(dealIdsShown()).containsExactly(beta, alpha);
    assertThat(
            browser
                .findElement(By.cssSelector("#deals\\:table [data-sort='title']"))
                .getAttribute("data-direction"))
        .isEqualTo("desc");

    // reload and a shared link show the same list
    String listed = browser.getCurrentUrl();
    browser.navigate().refresh();
    Browser.until(browser, By.id("q"));
    assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(word.toLowerCase());
    assertThat(dealIdsShown()).containsExactly(beta, alpha);
    Browser.screenshot(browser, "71-deals-search-sorted");

    // a deal number finds its deal
    browser.get(portal.url("app/licensing/deals.xhtml?q=%23" + alpha));
    Browser.until(browser, By.id("q"));
    assertThat(dealIdsShown()).containsExactly(alpha);

    // the record's breadcrumb leads back to the list as it was left
    browser.get(listed);
    Browser.until(browser, By.cssSelector("[data-deal='" + beta + "']"));
    Browser.clickToNewPage(browser, By.cssSelector("[data-deal='" + beta + "']"));
    Browser.until(browser, By.id("crumbList"));
    assertThat(browser.findElement(By.cssSelector(".breadcrumbs [aria-current='page']")).getText())
        .isEqualTo(word + " beta licence");
    Browser.screenshot(browser, "72-deal-breadcrumb");
    Browser.clickToNewPage(browser, By.id("crumbList"));
    Browser.until(browser, By.id("q"));
    assertThat(browser.getCurrentUrl()).contains("sort=title%2Cdesc").contains("q=");
    assertThat(dealIdsShown()).containsExactly(beta, alpha);

    // in Chinese: the same list, its headers, search and trail in Chinese
    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    Browser.until(browser, By.id("q"));
    assertThat(browser.getCurrentUrl()).contains("sort=title%2Cdesc");
    assertThat(dealIdsShown()).containsExactly(beta, alpha);
    assertThat(browser.findElement(By.cssSelector("label[for='q']")).getText()).isEqualTo("搜索");
    assertThat(browser.findElement(By.cssSelector("#deals\\:table [data-sort='title']")).getText())
        .contains("名称");
    Browser.screenshot(browser, "73-deals-search-zh");
    Browser.clickToNewPage(browser, By.cssSelector("[data-deal='" + alpha + "']"));
    Browser.until(browser, By.id("crumbList"));
    assertThat(browser.findElement(By.id("crumbList")).getText()).isEqualTo("许可交易");
    browser.findElement(By.id("langForm:en")).click();
    Browser.language(browser, "en");
  }

  private List<Long> dealIdsShown() {
    return browser.findElements(By.cssSelector("#deals\\:table tbody [data-deal]")).stream()
        .map(e -> Long.parseLong(e.getAttribute("data-deal")))
        .toList();
  }

  @Test
  void anAdminVoidsAPaymentThroughTheConfirmationAndTheDealStillShowsItVoided() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Http api = new Http(base);
    String ntu = api.tokenFor("ntu.staff");
    String admin = api.tokenFor("admin");
    long deal = executedDeal();
    String licensee =
        Http.json(api.get("api/v1/licence-deals/" + deal, ntu)).getString("licenseeName");
    HttpResponse<String> paid =
        api.postJson(
            "api/v1/licence-deals/" + deal + "/payments",
            ntu,
            "{\"receivedOn\":\""
                + today
                + "\",\"amount\":4321.09,\"currency\":\"SGD\",\"purpose\":\"UPFRONT_FEE\"}");
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
    long payment = Http.json(paid).getJsonNumber("id").longValue();

    portal.signInAs("admin");
    browser.get(portal.url("app/licensing/deal.xhtml?id=" + deal));
    By startVoid = By.cssSelector("#payments [id$='startVoid']");
    Browser.until(browser, startVoid);
    assertThat(browser.findElement(By.id("distribution")).getText()).contains("4,321.09");
    browser.findElement(startVoid).click();
    Browser.waitFor(browser).until(d -> d.findElement(By.id("voidForm:confirmVoid")).isDisplayed());
    // the dialog says what will happen, in words and amounts: the amount, the payer, the date
    assertThat(browser.findElement(By.id("void-question")).getText())
        .contains("4,321.09", licensee, today.toString());
    assertThat(browser.findElement(By.id("void-parts")).getText()).contains("4,321.09");
    Browser.screenshot(browser, "65-licensing-payment-void-dialog");

    // no reason: refused beside the field, the dialog open again and nothing voided
    browser.findElement(By.id("voidForm:confirmVoid")).click();
    Browser.until(
        browser,
        By.xpath(
            "//*[@id='voidForm:reason']/following-sibling::*[contains(@class,'field-error')]"));
    assertThat(errorBeside("voidForm:reason")).isNotBlank();
    assertThat(browser.findElement(By.id("voidForm:confirmVoid")).isDisplayed()).isTrue();
    assertThat(voidedPayments(api, deal, ntu)).isEmpty();

    // by keyboard: the reason, Tab to the confirmation, Enter
    var reason = browser.findElement(By.id("voidForm:reason"));
    reason.sendKeys("Paid into the wrong account");
    reason.sendKeys(Keys.TAB);
    assertThat(browser.switchTo().activeElement().getAttribute("id"))
        .isEqualTo("voidForm:confirmVoid");
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);

    By voided = By.cssSelector("#payments [data-voided='" + payment + "']");
    Browser.until(browser, voided);
    // Post/Redirect/Get back to the same deal, and a reload voids nothing a second time
    assertThat(browser.getCurrentUrl()).contains("deal.xhtml").contains("id=" + deal);
    assertThat(browser.findElement(By.id("messages")).getText()).contains("4,321.09", "voided");
    browser.navigate().refresh();
    Browser.until(browser, voided);
    // who voided it is named, not the login
    assertThat(browser.findElement(voided).getText())
        .contains("Institute Administrator", "Paid into the wrong account");
    assertThat(browser.findElements(startVoid)).isEmpty();
    assertThat(browser.findElement(By.id("distribution")).getText()).doesNotContain("4,321.09");
    browser.executeScript("document.getElementById('payments-heading').scrollIntoView()");
    Browser.screenshot(browser, "66-licensing-payment-voided");

    List<jakarta.json.JsonObject> voidedNow = voidedPayments(api, deal, ntu);
    assertThat(voidedNow).hasSize(1);
    assertThat(voidedNow.get(0).getJsonNumber("id").longValue()).isEqualTo(payment);
    assertThat(voidedNow.get(0).getString("voidedBy")).isEqualTo("admin");
    assertThat(voidedNow.get(0).getString("voidReason")).isEqualTo("Paid into the wrong account");
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM lic_payment WHERE deal_id = ? AND voided_at IS NOT NULL",
                deal))
        .isEqualTo("1");
    List<String> audited = new java.util.ArrayList<>();
    Http.json(
            api.get(
                "api/v1/audit?entityType=LicenceDeal&entityId=" + deal + "&limit=50",
                api.tokenFor("auditor")))
        .getJsonArray("items")
        .forEach(e -> audited.add(e.asJsonObject().getString("action")));
    assertThat(audited).containsOnlyOnce("LICENCE_PAYMENT_RECORDED", "LICENCE_PAYMENT_VOIDED");
  }

  private static List<jakarta.json.JsonObject> voidedPayments(Http api, long deal, String token)
      throws Exception {
    return Http.array(api.get("api/v1/licence-deals/" + deal + "/payments", token)).stream()
        .map(jakarta.json.JsonValue::asJsonObject)
        .filter(p -> p.containsKey("voidedAt") && !p.isNull("voidedAt"))
        .toList();
  }

  /** Clicks Yes in the page's confirmation dialog. */
  private void confirmYes() {
    Browser.waitFor(browser)
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")));
    browser.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
  }

  private String value(String id) {
    return browser.findElement(By.id(id)).getAttribute("value");
  }

  /** Whoever is signed in reads the portal in English (the choice stays with the account). */
  private void inEnglish() {
    if ("zh-CN".equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
      browser.findElement(By.id("langForm:en")).click();
      Browser.language(browser, "en");
    }
  }

  /** The disclosures the admin's API list holds under this title, of every state. */
  private long disclosuresTitled(String title) throws Exception {
    Http api = new Http(base);
    String admin = new Http(base).tokenFor("admin");
    long count = 0;
    for (int offset = 0; ; offset += 200) {
      List<jakarta.json.JsonObject> page =
          Http.array(api.get("api/v1/disclosures?limit=200&offset=" + offset, admin))
              .getValuesAs(jakarta.json.JsonObject.class);
      count += page.stream().filter(d -> title.equals(d.getString("title"))).count();
      if (page.size() < 200) {
        return count;
      }
    }
  }

  @Test
  void staffFileADisclosureTheIpOfficeSendsItBackAndAcceptsIt() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String title = "Self-healing concrete " + suffix;
    String titleZh = "自愈混凝土 " + suffix;
    long ntu = LicensingApiIT.partner("NTU");
    long scut = LicensingApiIT.partner("SCUT");
    portal.signInAs("ntu.staff");
    browser.get(portal.url("app/licensing/disclosures.xhtml"));
    Browser.until(browser, By.id("newDisclosure"));
    inEnglish();
    assertThat(browser.findElement(By.id("main")).getText()).doesNotContain("/api/v1");
    browser.findElement(By.id("newDisclosure")).click();
    Browser.until(browser, By.id("disclosureForm:save"));

    type("disclosureForm:title", title);
    type("disclosureForm:titleZh", titleZh);
    new Select(browser.findElement(By.id("disclosureForm:technologyField")))
        .selectByValue("NEW_ENERGY");
    type("disclosureForm:researchProject", "RP-2020-07");
    type("disclosureForm:abstractText", "Bacteria in the mix seal micro-cracks as they open.");
    type("disclosureForm:inventors:0:name", "Tan Wei");
    new Select(browser.findElement(By.id("disclosureForm:inventors:0:partnerId")))
        .selectByValue(Long.toString(ntu));
    type("disclosureForm:inventors:0:contribution", "60");
    browser.findElement(By.id("disclosureForm:addInventor")).click();
    Browser.until(browser, By.id("disclosureForm:inventors:1:name"));
    type("disclosureForm:inventors:1:name", "Li Na");
    new Select(browser.findElement(By.id("disclosureForm:inventors:1:partnerId")))
        .selectByValue(Long.toString(scut));
    type("disclosureForm:inventors:1:contribution", "30");

    // 60 + 30 = 90: refused beside the inventors, every value typed still there
    browser.findElement(By.id("disclosureForm:save")).click();
    Browser.until(
        browser,
        By.xpath(
            "//*[@id='disclosureForm:inventors']/following-sibling::*[contains(@class,'field-error')]"));
    assertThat(errorBeside("disclosureForm:inventors")).contains("100 %");
    Browser.screenshot(browser, "40-licensing-disclosure-form-errors");
    assertThat(value("disclosureForm:title")).isEqualTo(title);
    assertThat(value("disclosureForm:titleZh")).isEqualTo(titleZh);
    assertThat(value("disclosureForm:technologyField")).isEqualTo("NEW_ENERGY");
    assertThat(value("disclosureForm:researchProject")).isEqualTo("RP-2020-07");
    assertThat(value("disclosureForm:abstractText")).startsWith("Bacteria in the mix");
    assertThat(value("disclosureForm:inventors:0:name")).isEqualTo("Tan Wei");
    assertThat(value("disclosureForm:inventors:0:partnerId")).isEqualTo(Long.toString(ntu));
    assertThat(value("disclosureForm:inventors:0:contribution")).isEqualTo("60");
    assertThat(value("disclosureForm:inventors:1:name")).isEqualTo("Li Na");
    assertThat(value("disclosureForm:inventors:1:partnerId")).isEqualTo(Long.toString(scut));
    assertThat(value("disclosureForm:inventors:1:contribution")).isEqualTo("30");
    assertThat(disclosuresTitled(title)).isZero();

    // Enter in a field submits; the detail page follows, its address naming the disclosure
    type("disclosureForm:inventors:1:contribution", "40");
    browser.findElement(By.id("disclosureForm:inventors:1:contribution")).sendKeys(Keys.ENTER);
    Browser.until(browser, By.cssSelector("#disclosure-state[data-state='SUBMITTED']"));
    String address = browser.getCurrentUrl();
    assertThat(address).contains("disclosure.xhtml").matches(".*[?&]id=\\d+.*");
    long id = Long.parseLong(address.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("submitted");
    assertThat(browser.findElement(By.id("disclosure-field")).getText()).isEqualTo("New energy");
    assertThat(browser.findElement(By.id("inventors")).getText())
        .contains("Tan Wei", "Li Na", "60", "40");
    browser.navigate().refresh();
    Browser.until(browser, By.cssSelector("#disclosure-state[data-state='SUBMITTED']"));
    browser.navigate().back();
    browser.navigate().forward();
    Browser.until(browser, By.cssSelector("#disclosure-state[data-state='SUBMITTED']"));
    assertThat(disclosuresTitled(title)).as("one disclosure, whatever the reloads").isEqualTo(1);
    jakarta.json.JsonObject view =
        Http.json(
            new Http(base).get("api/v1/disclosures/" + id, new Http(base).tokenFor("ntu.staff")));
    assertThat(view.getString("titleZh")).isEqualTo(titleZh);
    assertThat(view.getString("technologyField")).isEqualTo("NEW_ENERGY");
    // partner staff do not review
    assertThat(browser.findElements(By.id("acceptForm:accept"))).isEmpty();
    assertThat(browser.findElements(By.id("reviewForm:requestChanges"))).isEmpty();
    Browser.screenshot(browser, "41-licensing-disclosure-submitted");

    // the IP office sends it back with a reason, confirmed in a dialog
    portal.signInAs("admin");
    browser.get(address);
    Browser.until(browser, By.id("reviewForm:requestChanges"));
    inEnglish();
    browser.findElement(By.id("reviewForm:requestChanges")).click();
    confirmYes();
    Browser.until(
        browser,
        By.xpath(
            "//*[@id='reviewForm:reason']/following-sibling::*[contains(@class,'field-error')]"));
    type("reviewForm:reason", "Name the third inventor too.");
    browser.findElement(By.id("reviewForm:requestChanges")).click();
    confirmYes();
    Browser.until(browser, By.cssSelector("#disclosure-state[data-state='CHANGES_REQUESTED']"));
    assertThat(browser.getCurrentUrl()).contains("id=" + id);
    assertThat(browser.findElement(By.id("disclosure-review")).getText())
        .contains("Name the third inventor too.");

    // the submitter revises it: the form opens with what was submitted
    portal.signInAs("ntu.staff");
    browser.get(address);
    Browser.until(browser, By.id("revise"));
    browser.findElement(By.id("revise")).click();
    Browser.until(browser, By.id("disclosureForm:save"));
    assertThat(value("disclosureForm:titleZh")).isEqualTo(titleZh);
    assertThat(value("disclosureForm:inventors:1:contribution")).isEqualTo("40");
    browser.findElement(By.id("disclosureForm:save")).click();
    Browser.until(browser, By.cssSelector("#disclosure-state[data-state='SUBMITTED']"));

    // the IP office accepts it: a patent family follows
    portal.signInAs("admin");
    browser.get(address);
    Browser.until(browser, By.id("acceptForm:accept"));
    String reference = "DISC-" + suffix;
    type("acceptForm:reference", reference);
    browser.findElement(By.id("acceptForm:accept")).click();
    confirmYes();
    Browser.until(browser, By.cssSelector("#disclosure-state[data-state='ACCEPTED']"));
    assertThat(browser.getCurrentUrl()).contains("id=" + id);
    browser.findElement(By.id("familyLink")).click();
    Browser.until(browser, By.id("family-reference"));
    assertThat(browser.findElement(By.id("family-reference")).getText()).isEqualTo(reference);
    assertThat(browser.findElement(By.id("currentOwners")).getText()).contains("60", "40");

    // the list is searched and sorted in the address; the submitter is named, not the login
    portal.signInAs("ntu.staff");
    browser.get(portal.url("app/licensing/disclosures.xhtml?q=" + suffix + "&sort=title,desc"));
    Browser.until(browser, By.id("disclosures"));
    assertThat(browser.findElements(By.cssSelector("#disclosures tbody tr"))).hasSize(1);
    assertThat(browser.findElement(By.id("disclosures")).getText())
        .contains(title, "Tan Wei Ling")
        .doesNotContain("ntu.staff");
    assertThat(
            browser
                .findElement(By.cssSelector("#disclosures a.sort-link[data-sort='title']"))
                .getAttribute("data-direction"))
        .isEqualTo("desc");
    browser.get(portal.url("app/licensing/disclosures.xhtml?q=no-such-" + suffix));
    Browser.until(browser, By.id("empty"));
    assertThat(browser.findElements(By.id("disclosures"))).isEmpty();

    // in Chinese: the Chinese title and the labels
    browser.get(address);
    Browser.until(browser, By.id("langForm:zh"));
    try {
      browser.findElement(By.id("langForm:zh")).click();
      Browser.language(browser, "zh-CN");
      Browser.until(browser, By.id("disclosure-title"));
      assertThat(browser.findElement(By.id("disclosure-title")).getText()).contains(titleZh);
      assertThat(browser.findElement(By.id("disclosure-state")).getText()).isEqualTo("已接受");
      assertThat(browser.findElement(By.id("disclosure-field")).getText()).isEqualTo("新能源");
      Browser.screenshot(browser, "42-licensing-disclosure-zh");
      browser.get(portal.url("app/licensing/disclosure-edit.xhtml"));
      Browser.until(browser, By.id("disclosureForm:save"));
      assertThat(browser.findElement(By.id("disclosureForm")).getText())
          .contains("标题（中文，选填）", "贡献比例");
      assertThat(value("disclosureForm:addInventor")).isEqualTo("添加发明人");
      assertThat(browser.findElement(By.id("crumbList")).getText()).isEqualTo("发明披露");
      // nothing wider than a 1,024 px window
      org.openqa.selenium.Dimension size = browser.manage().window().getSize();
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1024, 768));
      try {
        browser.navigate().refresh();
        Browser.until(browser, By.id("disclosureForm:save"));
        assertThat(Browser.overflow(browser)).isEmpty();
      } finally {
        browser.manage().window().setSize(size);
      }
    } finally {
      browser.findElement(By.id("langForm:en")).click();
      Browser.language(browser, "en");
    }
  }

  @Test
  void adminChangesAFamilysSharesRefusedAt90AndSavedAt100() throws Exception {
    long ntu = LicensingApiIT.partner("NTU");
    long scut = LicensingApiIT.partner("SCUT");
    String reference = "SH-" + UUID.randomUUID().toString().substring(0, 8);
    Http api = new Http(base);
    String admin = new Http(base).tokenFor("admin");
    HttpResponse<String> created =
        api.postJson(
            "api/v1/patents",
            admin,
            "{\"reference\":\""
                + reference
                + "\",\"title\":\"Shared sensor\",\"priorityDate\":\"2024-01-01\","
                + "\"owners\":[{\"partnerId\":"
                + ntu
                + ",\"percent\":50},{\"partnerId\":"
                + scut
                + ",\"percent\":50}]}");
    long family = Http.json(created).getJsonNumber("id").longValue();
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    portal.signInAs("admin");
    browser.get(portal.url("app/licensing/patents.xhtml"));
    Browser.until(browser, By.id("patents:families"));
    inEnglish();
    browser.get(portal.url("app/licensing/family.xhtml?id=" + family));
    Browser.until(browser, By.id("sharesForm:changeShares"));
    assertThat(browser.findElement(By.id("crumbList")).getText()).isEqualTo("Patent families");
    type("sharesForm:effectiveFrom", today);
    assertThat(value("sharesForm:owners:0:partnerId")).isEqualTo(Long.toString(ntu));
    type("sharesForm:owners:0:percent", "50");
    type("sharesForm:owners:1:percent", "40");
    browser.findElement(By.id("sharesForm:changeShares")).click();
    confirmYes();
    Browser.until(
        browser,
        By.xpath(
            "//*[@id='sharesForm:owners']/following-sibling::*[contains(@class,'field-error')]"));
    assertThat(errorBeside("sharesForm:owners")).contains("100 %");
    assertThat(value("sharesForm:owners:1:percent")).isEqualTo("40");
    assertThat(value("sharesForm:effectiveFrom")).isEqualTo(today);
    Browser.screenshot(browser, "43-licensing-family-shares-refused");

    type("sharesForm:owners:0:percent", "60");
    type("sharesForm:owners:1:percent", "40");
    browser.findElement(By.id("sharesForm:changeShares")).click();
    confirmYes();
    Browser.until(browser, By.cssSelector("#messages"));
    Browser.waitFor(browser)
        .until(d -> d.findElement(By.id("messages")).getText().contains("were changed"));
    assertThat(browser.getCurrentUrl()).contains("id=" + family);
    jakarta.json.JsonObject f = Http.json(api.get("api/v1/patents/" + family, admin));
    List<String> owners =
        f.getJsonArray("currentOwners").getValuesAs(jakarta.json.JsonObject.class).stream()
            .map(
                o ->
                    o.getJsonNumber("partnerId").longValue()
                        + "="
                        + o.getJsonNumber("percent")
                            .bigDecimalValue()
                            .stripTrailingZeros()
                            .toPlainString()
                        + "@"
                        + o.getString("effectiveFrom"))
            .toList();
    assertThat(owners).containsExactlyInAnyOrder(ntu + "=60@" + today, scut + "=40@" + today);
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'PATENT_OWNERSHIP_CHANGED'"
                    + " AND entity_type = 'PatentFamily' AND entity_id = ? AND actor = 'admin'",
                Long.toString(family)))
        .isEqualTo("1");
  }

  /**
   * The home page lists what waits for the signed-in person, as the licensing policy says: a
   * disclosure just filed by a partner's staff waits for the IP office, counted as the API counts
   * it, in both languages, and the item leads to the list.
   */
  @Test
  void aFiledDisclosureWaitsOnTheIpOfficesHomePage() throws Exception {
    Http api = new Http(base);
    String ntu = api.tokenFor("ntu.staff");
    String admin = api.tokenFor("admin");
    String body =
        "{\"title\":\"Waiting list "
            + UUID.randomUUID()
            + "\",\"abstractText\":\"A home page item.\",\"inventors\":[{\"name\":\"Tan Wei\","
            + "\"partnerId\":"
            + LicensingApiIT.partner("NTU")
            + ",\"contribution\":100}]}";
    assertThat(api.postJson("api/v1/disclosures", ntu, body).statusCode()).isEqualTo(201);
    long waiting =
        Http.json(api.get("api/v1/disclosures?state=SUBMITTED&limit=1&count=exact", admin))
            .getInt("total");

    portal.signInAs("admin");
    browser.get(portal.url("app/home.xhtml"));
    By item = By.cssSelector("[data-waiting='home.waiting.disclosuresToReview'] a");
    Browser.until(browser, item);
    assertThat(browser.findElement(item).getText())
        .isEqualTo(
            waiting == 1
                ? "1 invention disclosure waits for review"
                : waiting + " invention disclosures wait for review");
    Browser.screenshot(browser, "67-home-waiting");

    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    assertThat(browser.findElement(item).getText()).isEqualTo(waiting + " 份发明披露等待审核");
    browser.findElement(By.id("langForm:en")).click();
    Browser.language(browser, "en");

    browser.findElement(item).click();
    Browser.until(browser, By.id("disclosures"));
    assertThat(browser.getCurrentUrl()).contains("disclosures.xhtml");

    // the staff who filed it have nothing of it waiting for them
    portal.signInAs("ntu.staff");
    browser.get(portal.url("app/home.xhtml"));
    Browser.until(browser, By.id("waiting"));
    assertThat(
            browser.findElements(
                By.cssSelector("[data-waiting='home.waiting.disclosuresToReview']")))
        .isEmpty();
  }
}
