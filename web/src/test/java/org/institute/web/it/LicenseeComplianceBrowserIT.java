package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
 * The compliance pages in a real headless Chromium (decision 0104): an admin walks from the amounts
 * owed on the invoices page to a licensee's compliance (reports on time or late, ageing, interest,
 * the chart of reported, invoiced and paid per year) and to an overdue invoice's accrued interest;
 * huaxin.licensee reads its own page in Chinese, which survives a reload; kangda.licensee's page
 * shows its company only. An admin issues an interest invoice (decision 0109).
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class LicenseeComplianceBrowserIT {

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

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  @Test
  void anAdminWalksToALicenseesComplianceAndTheLicenseeReadsItsOwnInChinese() throws Exception {
    portal.signInAs("admin");
    speak("en");
    portal.open("app/licensing/invoices.xhtml");
    Browser.until(browser, By.id("ageingTable"));
    Browser.clickToNewPage(browser, By.partialLinkText("Huaxin"));
    Browser.until(browser, By.id("compliance"));
    assertThat(browser.getCurrentUrl()).contains("partner=" + LicensingApiIT.partner("HUAXIN"));
    assertThat(text("compliance-licensee")).contains("Huaxin");
    assertThat(text("reports-summary")).contains("On time", "late", "overdue");
    assertThat(text("reports")).contains("Report due", "Filed on");
    assertThat(text("years")).contains("Reported", "Invoiced", "Paid");
    assertThat(browser.findElements(By.cssSelector("figure.compliance-chart svg rect.bar-paid")))
        .isNotEmpty();
    Browser.screenshot(browser, "97-licensee-compliance");

    // a reload shows the same page (the licensee is in the address)
    String before = text("reports");
    browser.navigate().refresh();
    Browser.until(browser, By.id("compliance"));
    assertThat(text("reports")).isEqualTo(before);

    // an overdue invoice of a licence with late-payment interest: what it accrued to date
    Browser.clickToNewPage(browser, By.cssSelector("#interest a"));
    Browser.until(browser, By.id("invoice-interest"));
    assertThat(text("invoice-interest")).contains("SGD", "% a year");
    Browser.screenshot(browser, "99-invoice-late-interest");

    // the licensee's own page, from its home, in Chinese, and after a reload
    portal.signInAs("huaxin.licensee");
    portal.open("app/licensee/index.xhtml");
    Browser.clickToNewPage(browser, By.id("my-compliance"));
    Browser.until(browser, By.id("compliance"));
    speak("zh-CN");
    Browser.until(browser, By.id("reports-summary"));
    assertThat(text("reports-summary")).contains("按时");
    assertThat(text("years-title")).contains("申报", "开票", "付款");
    browser.navigate().refresh();
    Browser.language(browser, "zh-CN");
    Browser.until(browser, By.id("compliance"));
    assertThat(text("compliance-licensee")).contains("华信").doesNotContain("康达");
    Browser.screenshot(browser, "98-licensee-compliance-zh");
    speak("en");

    // kangda sees its own company only
    portal.signInAs("kangda.licensee");
    portal.open("app/licensee/compliance.xhtml");
    Browser.until(browser, By.id("compliance"));
    // its company only (in Chinese for the demo account)
    assertThat(text("compliance-licensee"))
        .containsAnyOf("康达", "Kangda")
        .doesNotContain("华信")
        .doesNotContain("Huaxin");
  }

  /**
   * Decision 0109: an admin issues an interest invoice from an overdue invoice's page after a
   * confirmation with its amount (read in Chinese too); the interest invoice's page follows, a
   * reload issues nothing more; huaxin.licensee finds it in its list in Chinese; kangda.licensee
   * does not find it.
   */
  @Test
  void anAdminIssuesAnInterestInvoiceAndTheLicenseeReadsItInChinese() throws Exception {
    Http api = new Http(base);
    jakarta.json.JsonObject charged = LicenseeComplianceIT.overdueInvoiceWithInterest(api);
    long chargedId = charged.getJsonNumber("id").longValue();
    String chargedNumber = charged.getString("number");

    portal.signInAs("admin");
    portal.open("app/licensing/invoice.xhtml?id=" + chargedId);
    speak("zh-CN");
    Browser.until(browser, By.id("invoice-interest-not-invoiced"));
    assertThat(text("invoice-interest-not-invoiced")).isNotBlank();
    Browser.clickToNewPage(browser, By.id("interest:startInterest"));
    Browser.until(browser, By.id("interest-question"));
    assertThat(text("interest-question")).contains("利息发票", chargedNumber);
    Browser.clickToNewPage(browser, By.id("interest:cancelInterest"));
    speak("en");
    Browser.until(browser, By.id("interest:startInterest"));
    String notYet = text("invoice-interest-not-invoiced");
    Browser.clickToNewPage(browser, By.id("interest:startInterest"));
    Browser.until(browser, By.id("interest-question"));
    assertThat(text("interest-question"))
        .contains("Issue an interest invoice of " + notYet, chargedNumber, "% a year");
    browser.executeScript(
        "document.getElementById('interest-question').scrollIntoView({block: 'center'})");
    Browser.screenshot(browser, "110-interest-invoice-confirm");

    Browser.clickToNewPage(browser, By.id("interest:confirmInterest"));
    Browser.until(browser, By.id("invoice-title"));
    assertThat(text("invoice-title")).startsWith("Interest invoice INT-");
    assertThat(text("invoice-interest-on")).isEqualTo(chargedNumber);
    assertThat(text("invoice-amount")).isEqualTo(notYet);
    assertThat(text("invoice-equivalents")).contains("SGD", "CNY");
    String number = text("invoice-title").replace("Interest invoice ", "").trim();
    assertThat(browser.getCurrentUrl()).contains("id=");
    Browser.screenshot(browser, "111-interest-invoice-issued");
    String issued =
        Database.string(
            "SELECT COUNT(*) FROM lic_invoice WHERE interest_on_invoice_id = ?", chargedId);

    // a reload shows the interest invoice again and issues nothing
    browser.navigate().refresh();
    Browser.until(browser, By.id("invoice-title"));
    assertThat(text("invoice-title")).contains(number);
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM lic_invoice WHERE interest_on_invoice_id = ?", chargedId))
        .isEqualTo(issued);
    // the invoice charged: all accrued is invoiced now, the interest invoice listed
    Browser.clickToNewPage(browser, By.cssSelector("#invoice-interest-on a"));
    Browser.until(browser, By.id("invoice-interest-invoiced"));
    assertThat(text("invoice-interest-invoiced")).contains(number);
    assertThat(browser.findElements(By.id("interest:startInterest"))).isEmpty();

    // the licensee finds it in its list, in Chinese, and after a reload
    portal.signInAs("huaxin.licensee");
    portal.open("app/licensee/invoices.xhtml");
    speak("zh-CN");
    Browser.until(browser, By.id("invoices"));
    assertThat(text("invoices")).contains(number, "利息发票");
    Browser.clickToNewPage(browser, By.linkText(number));
    Browser.until(browser, By.id("invoice-title"));
    assertThat(text("invoice-title")).contains("利息发票", number);
    assertThat(browser.findElements(By.id("interest:startInterest"))).isEmpty();
    browser.navigate().refresh();
    Browser.language(browser, "zh-CN");
    Browser.until(browser, By.id("invoice-interest-on"));
    assertThat(text("invoice-interest-on")).isEqualTo(chargedNumber);
    Browser.screenshot(browser, "112-licensee-interest-invoice-zh");
    String id = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    speak("en");

    // kangda.licensee does not find it
    portal.signInAs("kangda.licensee");
    portal.open("app/licensee/invoice.xhtml?id=" + id);
    Browser.until(browser, By.id("invoice-missing"));
    assertThat(browser.findElements(By.id("invoice-title"))).isEmpty();
  }
}
