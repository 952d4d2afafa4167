package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The agreements and Governing Council pages in a real headless Chromium: recording an agreement
 * with its signed PDF, the partner scope of confidential agreements, names at signing, the
 * council's record, and conflicts shown rather than overwritten. Records that tests add carry
 * unique titles, so the tests do not depend on each other or on their order.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class AgreementsCouncilBrowserIT {

  private static final String CONFIDENTIAL = "Commercialisation support agreement";
  private static final String FOUNDING =
      "Agreement on the establishment of the Sino-Singapore International Joint Research Institute";
  private static final String GKC_OLD_NAME =
      "Guangzhou Knowledge City Investment and Development Co., Ltd";

  private ChromeDriver browser;
  private Portal portal;
  private static Path files;

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

  @BeforeAll
  static void setUp() throws IOException {
    files = Files.createTempDirectory("institute-uploads");
  }

  private static Path file(String name, String content) throws IOException {
    return Files.writeString(files.resolve(name), content, StandardCharsets.ISO_8859_1);
  }

  private static Path smallPdf() throws IOException {
    return file(
        "signed-agreement.pdf",
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n");
  }

  private static String unique(String prefix) {
    return prefix + " " + Long.toString(System.nanoTime(), 36);
  }

  /** Terminates the agreement shown, answering yes when the page asks first. */
  private void terminateConfirmed() {
    browser.findElement(By.id("agreementAdmin:terminate")).click();
    org.openqa.selenium.Alert asked =
        Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent());
    assertThat(asked.getText()).startsWith("Terminate this agreement");
    asked.accept();
  }

  /** Fills the new-agreement form for two parties and submits it. */
  private void submitNewAgreement(String title, Path pdf) {
    browser.get(portal.url("app/agreements.xhtml"));
    Browser.until(browser, By.id("new-agreement"));
    browser.findElement(By.id("new-agreement")).click();
    Browser.until(browser, By.id("agreementNew:title"));
    browser.findElement(By.id("agreementNew:title")).sendKeys(title);
    browser.findElement(By.id("agreementNew:titleZh")).sendKeys("浏览器测试协议");
    party("NTU").click();
    party("SCUT").click();
    browser.findElement(By.id("agreementNew:signedOn")).sendKeys("2016-03-01");
    browser.findElement(By.id("agreementNew:expiresOn")).sendKeys("2030-12-31");
    browser.findElement(By.id("agreementNew:summary")).sendKeys("Recorded by the browser test.");
    if (pdf != null) {
      browser.findElement(By.id("agreementNew:file")).sendKeys(pdf.toAbsolutePath().toString());
    }
    browser.findElement(By.id("agreementNew:submit")).click();
  }

  private WebElement party(String code) {
    return browser.findElement(
        By.xpath(
            "//table[@id='agreementNew:parties']//label[starts-with(normalize-space(.), '"
                + code
                + " ·')]"));
  }

  private String agreementId(String title) throws Exception {
    return Database.string("SELECT id FROM ptn_agreement WHERE title = ?", title);
  }

  private String listText() {
    Browser.until(browser, By.id("agreements:list"));
    return browser.findElement(By.id("agreements:list")).getText();
  }

  private void filterList(String text) {
    WebElement q = browser.findElement(By.id("agreements:q"));
    q.clear();
    q.sendKeys(text);
    browser.findElement(By.id("agreements:filter")).click();
    // the filter posts the form: wait for the new page, not the old one
    Browser.waitFor(browser).until(ExpectedConditions.stalenessOf(q));
    Browser.until(browser, By.cssSelector("#agreements\\:list_data tr"));
  }

  @Test
  void adminRecordsAnAgreementWithItsSignedPdfAndFindsItInTheList() throws Exception {
    portal.signInAs("admin");
    String title = unique("Browser test agreement");

    submitNewAgreement(title, smallPdf());

    Browser.until(browser, By.id("signed-copy"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    assertThat(browser.findElement(By.id("messages")).getText()).contains("is recorded");
    assertThat(browser.findElement(By.id("parties")).getText())
        .contains("Nanyang Technological University", "South China University of Technology");
    String id = agreementId(title);
    WebElement download = browser.findElement(By.cssSelector("#signed-copy a"));
    assertThat(download.getAttribute("href")).endsWith("/app/files/agreements/" + id);
    assertThat(download.getText()).contains("signed-agreement.pdf");

    Portal.Download pdf = portal.download(download.getAttribute("href"));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
    assertThat(pdf.header("Content-Disposition"))
        .startsWith("attachment;")
        .contains("signed-agreement.pdf");
    assertThat(pdf.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(new String(pdf.body(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");

    browser.findElement(By.cssSelector("[data-menu='menu-agreements']")).click();
    Browser.until(browser, By.id("agreements:q"));
    filterList(title);
    assertThat(listText()).contains(title, "浏览器测试协议", "2016-03-01", "In force");
  }

  @Test
  void aFakePdfIsRefusedBesideTheFieldAndNothingIsRecorded() throws Exception {
    portal.signInAs("admin");
    String title = unique("Browser test fake PDF");
    Path fake =
        file("looks-signed.pdf", "<html><body><script>alert(1)</script></body></html>%%EOF");

    submitNewAgreement(title, fake);

    // wait for the text, not the element: the field's message holder is on the page before the
    // post too, and finding it then raced the navigation that replaced it (a flaky CI run)
    Browser.waitFor(browser)
        .until(
            ExpectedConditions.textToBe(By.id("agreementNew:fileMsg"), "The file is not a PDF."));
    assertThat(browser.findElement(By.id("agreementNew:title")).getAttribute("value"))
        .isEqualTo(title);
    assertThat(agreementId(title)).as("the refused file takes the agreement with it").isNull();
  }

  @Test
  void aFileOverTenMegabytesIsRefusedBesideTheField() throws Exception {
    portal.signInAs("admin");
    String title = unique("Browser test large PDF");
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(head, 0, big, 0, head.length);
    Path large = Files.write(files.resolve("large.pdf"), big);

    submitNewAgreement(title, large);

    // wait for the text, not the element: the field's message holder is on the page before the
    // post too, and finding it then raced the navigation that replaced it (a flaky CI run)
    Browser.waitFor(browser)
        .until(
            ExpectedConditions.textToBe(
                By.id("agreementNew:fileMsg"), "The file is larger than 10 MB."));
    assertThat(agreementId(title)).isNull();
  }

  @Test
  void missingFieldsAreMarkedBesideTheirFields() {
    portal.signInAs("admin");
    browser.get(portal.url("app/admin/agreement-new.xhtml"));
    Browser.until(browser, By.id("agreementNew:submit"));
    party("NTU").click();

    Browser.clickToNewPage(browser, By.id("agreementNew:submit"));

    Browser.until(browser, By.id("agreementNew:titleMsg"));
    assertThat(browser.findElement(By.id("agreementNew:titleMsg")).getText())
        .isEqualTo("Enter the agreement's title.");
    assertThat(browser.findElement(By.id("agreementNew:partiesMsg")).getText())
        .isEqualTo("An agreement has at least two parties.");
    assertThat(browser.findElement(By.id("agreementNew:signedOnMsg")).getText())
        .isEqualTo("Enter the signing date.");
    Browser.screenshot(browser, "26-agreement-new-refused");
  }

  @Test
  void theListFiltersByPartyAndSortsBySigningDate() {
    portal.signInAs("auditor");
    browser.get(portal.url("app/agreements.xhtml"));
    Browser.until(browser, By.id("agreements:party"));

    browser
        .findElement(By.xpath("//select[@id='agreements:party']/option[starts-with(., 'YDPG ·')]"))
        .click();
    browser.findElement(By.id("agreements:filter")).click();
    Browser.waitFor(browser)
        .until(d -> !d.findElement(By.id("agreements:list")).getText().contains("establishment"));
    String newestFirst = listText();
    assertThat(newestFirst).contains("NTU China (West)", "internship programme");
    assertThat(newestFirst.indexOf("NTU China (West)"))
        .isLessThan(newestFirst.indexOf("internship programme"));

    WebElement signedOn =
        browser.findElement(
            By.xpath(
                "//th[contains(@class,'ui-sortable-column')][contains(normalize-space(.), 'Signed on')]"));
    assertThat(signedOn.getAttribute("tabindex")).as("sortable by keyboard").isEqualTo("0");
    signedOn.sendKeys(org.openqa.selenium.Keys.ENTER);

    Browser.waitFor(browser)
        .until(
            d -> {
              String t = d.findElement(By.id("agreements:list")).getText();
              return t.indexOf("internship programme") < t.indexOf("NTU China (West)");
            });
  }

  @Test
  void partnerStaffOfAnotherPartnerNeitherListsNorOpensTheConfidentialAgreement() throws Exception {
    String confidential = agreementId(CONFIDENTIAL);
    portal.signInAs("ntu.staff");
    browser.findElement(By.cssSelector("[data-menu='menu-agreements']")).click();

    assertThat(listText()).doesNotContain(CONFIDENTIAL);
    Browser.screenshot(browser, "22-agreements");
    filterList("Commercialisation");
    assertThat(listText())
        .contains("No agreements match these filters.")
        .doesNotContain(CONFIDENTIAL);
    filterList("deepened cooperation");
    assertThat(listText()).contains("Agreement on deepened cooperation");

    browser.get(portal.url("app/agreement.xhtml?id=" + confidential));
    Browser.until(browser, By.id("not-found"));
    String refused = browser.findElement(By.id("main")).getText();
    assertThat(refused).doesNotContain(CONFIDENTIAL).doesNotContain("GKC");

    browser.get(portal.url("app/agreement.xhtml?id=987654321"));
    Browser.until(browser, By.id("not-found"));
    assertThat(browser.findElement(By.id("main")).getText()).isEqualTo(refused);

    assertThat(portal.download(portal.url("app/files/agreements/" + confidential)).status())
        .isEqualTo(404);
  }

  @Test
  void theirOwnPartnersStaffSeeTheConfidentialAgreement() {
    portal.signInAs("scut.staff");
    browser.get(portal.url("app/agreements.xhtml"));
    Browser.until(browser, By.id("agreements:q"));
    filterList("Commercialisation");

    assertThat(listText()).contains(CONFIDENTIAL);
    assertThat(browser.findElements(By.cssSelector("#agreements\\:list .badge-confidential")))
        .isNotEmpty();
  }

  @Test
  void theFoundingAgreementShowsGkcUnderTheNameItSignedWith() {
    portal.signInAs("coordinator");
    browser.get(portal.url("app/agreements.xhtml"));
    filterList("establishment");
    assertThat(listText()).contains(GKC_OLD_NAME, "now:");

    browser.findElement(By.linkText(FOUNDING)).click();

    Browser.until(browser, By.id("parties"));
    WebElement gkc =
        browser.findElement(
            By.xpath("//table[@id='parties']//tr[td[1][normalize-space(.)='GKC']]"));
    String atSigning = gkc.findElement(By.xpath("td[2]")).getText();
    String now = gkc.findElement(By.xpath("td[3]")).getText();
    assertThat(atSigning).startsWith(GKC_OLD_NAME);
    assertThat(now).isNotBlank().doesNotStartWith(GKC_OLD_NAME);
    assertThat(browser.findElement(By.id("signed-on")).getText()).isEqualTo("2015-11-02");
    Browser.screenshot(browser, "25-agreement-names-at-signing");
  }

  @Test
  void aStaleVersionShowsTheConflictInsteadOfOverwriting() throws Exception {
    portal.signInAs("admin");
    String title = unique("Browser test stale");
    submitNewAgreement(title, null);
    Browser.until(browser, By.id("agreementAdmin:terminatedOn"));
    String id = agreementId(title);

    // someone else changes the agreement after this page read it
    Database.update(
        "UPDATE ptn_agreement SET version = version + 1 WHERE id = ?", Long.valueOf(id));
    browser.findElement(By.id("agreementAdmin:terminatedOn")).sendKeys("2022-01-31");
    terminateConfirmed();

    Browser.until(browser, By.cssSelector("#messages .msg-error"));
    assertThat(browser.findElement(By.id("messages")).getText())
        .contains("Someone else changed this record");
    assertThat(
            Database.string(
                "SELECT terminated_on FROM ptn_agreement WHERE id = ?", Long.valueOf(id)))
        .isNull();

    browser.findElement(By.id("reload")).click();
    Browser.until(browser, By.id("agreementAdmin:terminatedOn"));
    browser.findElement(By.id("agreementAdmin:terminatedOn")).sendKeys("2022-01-31");
    terminateConfirmed();
    Browser.until(browser, By.id("terminated-on"));
    assertThat(browser.findElement(By.id("status")).getText()).contains("Terminated");
    // shown again by a redirect to the agreement, with the message carried over
    assertThat(browser.getCurrentUrl()).contains("agreement.xhtml?id=" + id);
    assertThat(browser.findElement(By.id("messages")).getText())
        .contains("The agreement ends on 2022-01-31.");
  }

  @Test
  void aTerminationDateOutsideTheTermIsMarkedBesideTheField() {
    portal.signInAs("admin");
    String title = unique("Browser test term");
    submitNewAgreement(title, null);
    Browser.until(browser, By.id("agreementAdmin:terminatedOn"));

    browser.findElement(By.id("agreementAdmin:terminatedOn")).sendKeys("2015-01-01");
    terminateConfirmed();

    Browser.until(browser, By.id("agreementAdmin:terminatedOnMsg"));
    assertThat(browser.findElement(By.id("agreementAdmin:terminatedOnMsg")).getText())
        .isEqualTo("The termination date must lie within the agreement's term.");
  }

  @Test
  void councilMemberReadsMembersMeetingsAndDecisionsInBothLanguages() {
    portal.signInAs("council");
    browser.findElement(By.cssSelector("[data-menu='menu-council']")).click();
    Browser.until(browser, By.id("council:meetings"));

    assertThat(browser.findElement(By.id("members")).getText())
        .contains("Senior Vice-President (Research), NTU", "南洋理工大学高级副校长（科研）", "Co-chair");
    String meetings = browser.findElement(By.id("council:meetings")).getText();
    assertThat(meetings)
        .contains(
            "GC-2020-01", "Endorse the next five-year phase", "Approved", "GC-2019-02", "Noted");
    assertThat(meetings.indexOf("Governing Council meeting 2020"))
        .as("newest first")
        .isLessThan(meetings.indexOf("Governing Council meeting 2019"));
    assertThat(browser.findElements(By.id("meetingNew:submit"))).as("admins only").isEmpty();
    browser.executeScript("document.getElementById('members-heading').scrollIntoView()");
    Browser.screenshot(browser, "23-council");

    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    Browser.until(browser, By.id("council:meetings"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("理事会");
    assertThat(browser.findElement(By.id("council:meetings")).getText())
        .contains("GC-2020-01", "通过");
    // members' titles in the reader's language (partners V4), marked as Chinese
    assertThat(browser.findElement(By.id("members")).getText())
        .contains("理事会联合主席", "理事会理事")
        .doesNotContain("Co-chair");
    assertThat(browser.findElements(By.cssSelector("#members [lang='en']"))).isEmpty();
    browser.executeScript("document.getElementById('meetings-heading').scrollIntoView()");
    Browser.screenshot(browser, "24-council-zh");

    browser.findElement(By.id("langForm:en")).click();
    Browser.language(browser, "en");
  }

  @Test
  void adminRecordsAMeetingADecisionAndItsMinutes() throws Exception {
    portal.signInAs("admin");
    browser.get(portal.url("app/council/index.xhtml"));
    Browser.until(browser, By.id("meetingNew:heldOn"));
    String title = unique("Browser test meeting");

    browser.findElement(By.id("meetingNew:heldOn")).sendKeys("2023-06-15");
    browser.findElement(By.id("meetingNew:title")).sendKeys(title);
    browser.findElement(By.id("meetingNew:location")).sendKeys("Singapore");
    browser.findElement(By.id("meetingNew:submit")).click();
    Browser.until(browser, By.cssSelector("#messages .msg-info"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains(title);
    // Post/Redirect/Get: the form is empty again, and reloading records no second meeting
    assertThat(browser.findElement(By.id("meetingNew:title")).getAttribute("value")).isEmpty();
    String meetings = "SELECT COUNT(*) FROM ptn_council_meeting WHERE title = ?";
    assertThat(Database.string(meetings, title)).isEqualTo("1");
    browser.navigate().refresh();
    Browser.until(browser, By.id("meetingNew:heldOn"));
    assertThat(Database.string(meetings, title)).isEqualTo("1");
    assertThat(browser.findElement(By.id("messages")).getText()).doesNotContain(title);

    new Select(browser.findElement(By.id("decisionNew:meeting")))
        .selectByVisibleText("2023-06-15 · " + title);
    Browser.clickToNewPage(browser, By.id("decisionNew:submit"));
    Browser.until(browser, By.id("decisionNew:textMsg"));
    assertThat(browser.findElement(By.id("decisionNew:textMsg")).getText())
        .isEqualTo("Enter the decision's text.");
    assertThat(browser.findElement(By.id("decisionNew:outcomeMsg")).getText())
        .isEqualTo("Choose the outcome.");

    browser.findElement(By.id("decisionNew:text")).sendKeys("Adopt the browser test's plan.");
    new Select(browser.findElement(By.id("decisionNew:outcome"))).selectByVisibleText("Approved");
    browser.findElement(By.id("decisionNew:submit")).click();
    Browser.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Decision GC-2023-"));
    assertThat(browser.findElement(By.id("council:meetings")).getText())
        .contains(title, "Adopt the browser test's plan.");

    new Select(browser.findElement(By.id("minutesUpload:meeting")))
        .selectByVisibleText("2023-06-15 · " + title);
    browser
        .findElement(By.id("minutesUpload:file"))
        .sendKeys(smallPdf().toAbsolutePath().toString());
    browser.findElement(By.id("minutesUpload:submit")).click();
    Browser.waitFor(browser)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "minutes of"));
    WebElement minutes =
        browser.findElement(
            By.xpath(
                "//tr[.//strong[normalize-space(.)='"
                    + title
                    + "']]//a[contains(@class,'minutes-link')]"));
    Portal.Download pdf = portal.download(minutes.getAttribute("href"));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Disposition")).startsWith("attachment;");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
  }

  @Test
  void theCouncilPageIsClosedToOtherRoles() throws Exception {
    portal.signInAs("ntu.staff");
    assertThat(browser.findElements(By.cssSelector("[data-menu='menu-council']"))).isEmpty();

    browser.get(portal.url("app/council/index.xhtml"));

    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("403");
    assertThat(portal.download(portal.url("app/council/minutes/1")).status()).isEqualTo(403);
  }
}
