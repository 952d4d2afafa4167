package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The licensing pages in a real headless Chromium: inbox, deal timeline, pipeline, patents. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicensingBrowserIT {

  private static ChromeDriver browser;

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  @BeforeAll
  static void openBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @AfterEach
  void forgetSession() {
    browser.manage().deleteAllCookies();
  }

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + "/" + path;
  }

  private void signInAs(String username) {
    browser.get(url("login.xhtml"));
    Browser.until(browser, By.id("login:username"));
    browser.findElement(By.id("login:username")).sendKeys(username);
    browser.findElement(By.id("login:password")).sendKeys(Deployments.DEMO_PASSWORD);
    browser.findElement(By.id("login:submit")).click();
    Browser.until(browser, By.id("user-name"));
  }

  /** A deal of an NTU family submitted by NTU staff through the API: it needs only an admin. */
  private long submittedDeal() throws Exception {
    Json api = new Json(base);
    String ntu = new Http(base).tokenFor("ntu.staff");
    HttpResponse<String> created = api.post("api/v1/licence-deals", ntu,
        LicensingApiIT.terms("Browser deal " + UUID.randomUUID().toString().substring(0, 8),
            LicensingApiIT.partner("ZHIYUN"), LicensingApiIT.ntuFamily(), "SGD", "42000"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Json.object(created).getJsonNumber("id").longValue();
    assertThat(api.post("api/v1/licence-deals/" + id + "/submit", ntu, "{}").statusCode()).isEqualTo(200);
    return id;
  }

  @Test
  void adminApprovesFromTheInboxAndTheTimelineShowsIt() throws Exception {
    long deal = submittedDeal();
    signInAs("admin");

    browser.findElement(By.cssSelector("nav [data-menu='menu-inbox']")).click();
    By approve = By.cssSelector("[data-approve='" + deal + "']");
    Browser.until(browser, approve);
    Browser.screenshot(browser, "30-licensing-inbox");
    browser.findElement(approve).click();

    Browser.until(browser, By.cssSelector("#deal-state[data-state='APPROVED']"));
    assertThat(browser.getCurrentUrl()).contains("deal.xhtml").contains("id=" + deal);
    assertThat(browser.findElements(By.cssSelector("#timeline [data-event='APPROVE']"))).hasSize(1);
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("admin");
    browser.executeScript("document.getElementById('timeline-heading').scrollIntoView()");
    assertThat(browser.findElement(By.id("messages")).getText()).isNotBlank();
    Browser.screenshot(browser, "31-licensing-deal-timeline");

    browser.get(url("app/licensing/inbox.xhtml"));
    Browser.until(browser, By.id("inbox"));
    assertThat(browser.findElements(approve)).isEmpty();
  }

  @Test
  void coOwnerStaffSeeTheirConsentInTheirInboxInChinese() throws Exception {
    signInAs("scut.staff");
    browser.get(url("app/licensing/inbox.xhtml"));
    Browser.language(browser, "zh-CN");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("审批待办");
    assertThat(browser.findElement(By.id("inbox")).getText()).contains("Edge AI accelerator licence");
  }

  @Test
  void pipelineCountsDealsByStateAndFiltersTheTable() {
    signInAs("council");
    browser.get(url("app/licensing/deals.xhtml"));
    Browser.until(browser, By.cssSelector("[data-state='ACTIVE']"));
    Browser.screenshot(browser, "32-licensing-pipeline");
    browser.findElement(By.cssSelector("[data-state='REJECTED']")).click();
    Browser.until(browser, By.cssSelector(".stage.current[data-state='REJECTED']"));
    assertThat(browser.findElement(By.id("deals:table")).getText()).contains("Cancer therapy field-limited licence");
    assertThat(browser.findElements(By.cssSelector("#deals\\:table tbody .state")))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getAttribute("class")).contains("state-REJECTED"));
  }

  @Test
  void patentFamiliesShowApplicationsAndDeadlines() {
    signInAs("ntu.staff");
    browser.get(url("app/licensing/patents.xhtml"));
    Browser.until(browser, By.id("patents:families"));
    assertThat(browser.findElement(By.id("application-count")).getText()).matches(".*\\d+.*");
    assertThat(browser.findElement(By.id("patents:families")).getText()).contains("SSIJRI-2015-002").contains("PCT/");
    assertThat(browser.findElements(By.cssSelector("#upcoming tr"))).hasSizeGreaterThan(1);
    Browser.screenshot(browser, "33-licensing-patents");
  }
}
