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
 * shows its company only.
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
}
