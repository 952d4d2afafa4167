package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The review and the invoice in a real headless Chromium (decision 0101): huaxin.licensee's report
 * is queried and answered in the portal, accepted by an admin after a confirmation naming the
 * invoice and its amount; the invoice's PDF prints Chinese and both currencies; a payment recorded
 * against it is split to the cent; huaxin reads its invoice in Chinese, and kangda.licensee sees
 * none of it.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class LicenseeInvoicesBrowserIT {

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

  /** Switches the portal to a language unless it speaks it already. */
  private void speak(String tag) {
    if (!tag.equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
      browser.findElement(By.id(tag.equals("en") ? "langForm:en" : "langForm:zh")).click();
    }
    Browser.language(browser, tag);
  }

  private void type(String id, String text) {
    var input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /** A report of Huaxin's demo licence filed through the API (the form has its own tests). */
  private long filed(String gross) throws Exception {
    long deal = InvoicesIT.dealOf("HUAXIN", "2020-01-15");
    LocalDate period;
    try {
      period = InvoicesIT.freePeriod(deal, "2020-01-15", 24);
    } catch (IllegalStateException taken) {
      period = InvoicesIT.freePeriod(deal, "2020-01-15", 4);
    }
    HttpResponse<String> r =
        new Http(base)
            .postJson(
                "api/v1/licence-deals/" + deal + "/royalty-reports",
                new Http(base).tokenFor("huaxin.licensee"),
                RoyaltyReportsIT.report(period, gross, "0", null),
                UUID.randomUUID().toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).getJsonNumber("id").longValue();
  }

  @Test
  void aQueryIsAnsweredAReportAcceptedItsInvoicePaidAndSplitAndKangdaSeesNone() throws Exception {
    long report = filed("100000.00");

    // an admin finds it in the queue and asks a question
    portal.signInAs("admin");
    speak("en");
    portal.open("app/licensing/royalty-reviews.xhtml");
    Browser.until(browser, By.id("queue"));
    assertThat(browser.findElement(By.id("queue")).getText()).contains("Sepsis biosensor licence");
    Browser.screenshot(browser, "91-royalty-reviews-queue");
    portal.open("app/licensing/royalty-report.xhtml?id=" + report);
    Browser.until(browser, By.id("query:question"));
    type("query:question", "Were returns deducted from the Guangdong sales?");
    Browser.clickToNewPage(browser, By.id("query:sendQuery"));
    Browser.until(browser, By.id("review-state"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("Question sent");
    assertThat(browser.findElements(By.id("review:startAccept"))).isEmpty();

    // the licensee answers in Chinese
    portal.signInAs("huaxin.licensee");
    speak("en");
    portal.open("app/licensee/report.xhtml?id=" + report);
    Browser.until(browser, By.id("answerForm:answer"));
    speak("zh-CN");
    Browser.until(browser, By.id("answerForm:answer"));
    assertThat(browser.findElement(By.id("review-state")).getText()).contains("有疑问");
    Browser.clickToNewPage(browser, By.id("answerForm:sendAnswer"));
    Browser.until(browser, By.id("answerForm:answer"));
    assertThat(browser.findElement(By.cssSelector(".field-error")).getText()).isNotBlank();
    type("answerForm:answer", "退货已扣除：数字无误。");
    Browser.screenshot(browser, "92-licensee-answers-query-zh");
    Browser.clickToNewPage(browser, By.id("answerForm:sendAnswer"));
    Browser.until(browser, By.id("review-state"));
    assertThat(browser.findElement(By.id("review-state")).getText()).contains("待审核");
    speak("en");

    // the admin accepts, after a confirmation naming the invoice and its amount
    portal.signInAs("admin");
    speak("en");
    portal.open("app/licensing/royalty-report.xhtml?id=" + report);
    Browser.until(browser, By.id("review:startAccept"));
    assertThat(browser.findElement(By.id("queries")).getText()).contains("退货已扣除");
    Browser.clickToNewPage(browser, By.id("review:startAccept"));
    Browser.until(browser, By.id("accept-question"));
    assertThat(browser.findElement(By.id("accept-question")).getText())
        .contains("version 1", "invoice", "3,000.00");
    browser.executeScript("document.getElementById('review-heading').scrollIntoView()");
    Browser.screenshot(browser, "93-royalty-report-accept-confirm");
    Browser.clickToNewPage(browser, By.id("review:confirmAccept"));
    Browser.until(browser, By.id("report-invoices"));
    assertThat(browser.findElement(By.id("messages")).getText())
        .contains("Report accepted", "INV-");
    browser.navigate().refresh();
    Browser.until(browser, By.id("report-invoices"));
    JsonObject view =
        Http.json(
            new Http(base)
                .get("api/v1/royalty-reports/" + report, new Http(base).tokenFor("admin")));
    assertThat(view.getJsonArray("invoices")).hasSize(1);
    long invoice = view.getJsonArray("invoices").getJsonObject(0).getJsonNumber("id").longValue();
    String number = view.getJsonArray("invoices").getJsonObject(0).getString("number");

    // the invoice's PDF: Chinese and both currencies
    byte[] pdf =
        new Http(base)
            .download(
                "api/v1/invoices/" + invoice + "?format=pdf",
                new Http(base).tokenFor("huaxin.licensee"))
            .body();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains(number, "发票", "折合人民币", "SGD 3,000.00", "CNY ");
    }

    // a payment against it, confirmed, then split to the cent
    Browser.clickToNewPage(browser, By.linkText(number));
    Browser.until(browser, By.id("pay:amount"));
    type("pay:receivedOn", LocalDate.now().toString());
    type("pay:amount", "1000.01");
    Browser.clickToNewPage(browser, By.id("pay:startPayment"));
    Browser.until(browser, By.id("pay-question"));
    assertThat(browser.findElement(By.id("pay-question")).getText()).contains("1,000.01", number);
    Browser.clickToNewPage(browser, By.id("pay:confirmPayment"));
    Browser.until(browser, By.id("invoice-outstanding"));
    String message = browser.findElement(By.id("messages")).getText();
    assertThat(message).contains("1,000.01", "recorded and split");
    assertThat(browser.findElement(By.id("invoice-outstanding")).getText()).contains("1,999.99");
    Browser.screenshot(browser, "94-invoice-payment-split");
    JsonObject payment =
        Http.array(
                new Http(base)
                    .get(
                        "api/v1/licence-deals/" + view.getJsonNumber("dealId") + "/payments",
                        new Http(base).tokenFor("admin")))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> p.getString("note", "").startsWith(number))
            .findFirst()
            .orElseThrow();
    java.math.BigDecimal parts = java.math.BigDecimal.ZERO;
    for (JsonObject line : payment.getJsonArray("distribution").getValuesAs(JsonObject.class)) {
      parts = parts.add(line.getJsonNumber("amount").bigDecimalValue());
      assertThat(message)
          .contains(
              line.getJsonNumber("amount")
                  .bigDecimalValue()
                  .toPlainString()
                  .replaceFirst("^(\\d)(\\d{3})\\.", "$1,$2."));
    }
    assertThat(parts).isEqualByComparingTo("1000.01");

    // huaxin reads it in Chinese, with what it owes by age
    portal.signInAs("huaxin.licensee");
    portal.open("app/licensee/invoices.xhtml");
    Browser.until(browser, By.id("invoices"));
    assertThat(browser.findElement(By.id("ageingTable")).getText()).contains("SGD");
    speak("zh-CN");
    Browser.clickToNewPage(browser, By.linkText(number));
    Browser.until(browser, By.id("invoice-amount"));
    assertThat(browser.findElement(By.id("invoice-equivalents")).getText()).contains("SGD", "CNY");
    assertThat(browser.findElements(By.id("pay"))).isEmpty();
    Browser.screenshot(browser, "95-licensee-invoice-zh");
    speak("en");

    // kangda sees none of it
    portal.signInAs("kangda.licensee");
    portal.open("app/licensee/invoices.xhtml");
    Browser.until(browser, By.tagName("main"));
    assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(number);
    portal.open("app/licensee/invoice.xhtml?id=" + invoice);
    Browser.until(browser, By.id("invoice-missing"));
    portal.open("app/licensee/report.xhtml?id=" + report);
    Browser.until(browser, By.id("report-missing"));
  }

  @Test
  void huaxinFilesByUploadingTheTemplateAndTheBadRowIsRefusedWithItsReason() throws Exception {
    long deal = InvoicesIT.dealOf("HUAXIN", "2020-01-15");
    LocalDate period;
    try {
      period = InvoicesIT.freePeriod(deal, "2020-01-15", 24);
    } catch (IllegalStateException taken) {
      period = InvoicesIT.freePeriod(deal, "2020-01-15", 4);
    }
    java.nio.file.Path csv = java.nio.file.Files.createTempFile("royalty-report", ".csv");
    java.nio.file.Files.writeString(
        csv,
        "product,territory,units,grossSales,deductions\r\n"
            + "Sepsis biosensor,Guangdong,1200,100000.00,4000.00\r\n"
            + "Sepsis biosensor,Hong Kong,10,500.00,600.00\r\n"
            + "Sepsis reader,Fujian,40,\"20,000.00\",0\r\n");
    portal.signInAs("huaxin.licensee");
    portal.open("app/licensee/report-file.xhtml?deal=" + deal + "&period=" + period);
    Browser.until(browser, By.id("upload:file"));
    speak("en");
    Browser.until(browser, By.id("upload:file"));
    browser.findElement(By.id("upload:file")).sendKeys(csv.toString());
    Browser.clickToNewPage(browser, By.id("upload:preview"));
    Browser.until(browser, By.id("upload-summary"));
    assertThat(browser.findElement(By.id("upload-summary")).getText())
        .contains("2 rows read, 1 refused");
    assertThat(browser.findElement(By.cssSelector(".upload-refused")).getText())
        .contains("Deductions", "cannot exceed the gross sales");
    browser.executeScript("document.getElementById('upload').scrollIntoView()");
    Browser.screenshot(browser, "96-royalty-report-upload-preview");
    Browser.clickToNewPage(browser, By.id("upload:useUploaded"));
    Browser.until(browser, By.id("reportForm:save"));
    Browser.clickToNewPage(browser, By.id("reportForm:save"));
    Browser.until(browser, By.id("report-version"));
    assertThat(browser.findElement(By.id("report-due")).getText()).contains("3,480.00");
    java.nio.file.Files.deleteIfExists(csv);
  }
}
