package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The coordinator's journeys through the talent pages, and the public verification page. */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class TalentPortalIT {

  private ChromeDriver browser;
  private Portal portal;
  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  private Http http() {
    return new Http(base);
  }

  @BeforeEach
  void open(Chromium chromium) {
    portal = chromium.portal(base);
    browser = portal.driver();
  }

  private String text(By by) {
    Browser.until(browser, by);
    return browser.findElement(by).getText();
  }

  private void click(By by) {
    Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  private void waitForMessage(String containing) {
    Browser.waitFor(browser)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), containing));
  }

  /** Clicks Yes in the page's confirmation dialog. */
  private void confirmYes() {
    Browser.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
    click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
  }

  /**
   * Reloads the page the change redirected to: the rows {@code countSql} counts stay as they are,
   * and the message the redirect carried is not shown a second time.
   */
  private void reloadChangesNothing(String countSql, String message) throws Exception {
    String before = Database.string(countSql);
    String address = browser.getCurrentUrl();
    browser.navigate().refresh();
    Browser.until(browser, By.id("main"));
    assertThat(browser.getCurrentUrl()).isEqualTo(address);
    assertThat(Database.string(countSql)).isEqualTo(before);
    assertThat(browser.findElement(By.id("messages")).getText()).doesNotContain(message);
  }

  private static long id(String json, String field) {
    return Json.createReader(new java.io.StringReader(json))
        .readObject()
        .getJsonNumber(field)
        .longValue();
  }

  /**
   * A fresh cohort with one session, made through the API, so the journey starts from a known
   * state.
   */
  private long freshCohort(String token, int capacity) throws Exception {
    return freshCohort(token, capacity, "OPEN");
  }

  private long freshCohort(String token, int capacity, String eligibility) throws Exception {
    String ntu = Database.string("SELECT id FROM ptn_partner WHERE code = 'NTU'");
    String ydpg = Database.string("SELECT id FROM ptn_partner WHERE code = 'YDPG'");
    long programme =
        id(
            Expect.created(
                http()
                    .postJson(
                        "api/v1/programmes",
                        token,
                        "{\"code\":\"UI-"
                            + Long.toString(System.nanoTime(), 36).toUpperCase()
                            + "\","
                            + "\"kind\":\"MINIMASTERS\",\"titleEn\":\"MiniMasters journey\",\"titleZh\":\"微硕士流程\","
                            + "\"owners\":["
                            + ntu
                            + ","
                            + ydpg
                            + "],\"eligibility\":\""
                            + eligibility
                            + "\",\"minAttendancePercent\":80,\"assessmentRequired\":true}")),
            "id");
    long cohort =
        id(
            Expect.created(
                http()
                    .postJson(
                        "api/v1/cohorts",
                        token,
                        "{\"programmeId\":"
                            + programme
                            + ",\"name\":\"Browser intake\",\"startsOn\":\"2027-03-01\","
                            + "\"endsOn\":\"2027-06-30\",\"applicationsOpen\":\"2026-10-01\",\"applicationsClose\":\"2027-02-15\","
                            + "\"capacity\":"
                            + capacity
                            + ",\"status\":\"RUNNING\"}")),
            "id");
    Expect.created(
        http()
            .postJson(
                "api/v1/cohorts/" + cohort + "/sessions",
                token,
                // held already: attendance is taken only from a session's start on
                "{\"startsAt\":\"2026-03-02T09:00\",\"zoneId\":\"Asia/Singapore\",\"durationMinutes\":180,"
                    + "\"topic\":\"Opportunity recognition\",\"deliveryMode\":\"SINGAPORE_CAMPUS\",\"venue\":\"NTU\"}"));
    return cohort;
  }

  @Test
  void beforeTheLastSessionACompletionAsksWhyKeepsWhatWasTypedAndHappensOnce() throws Exception {
    String token = new Http(base).tokenFor("coordinator");
    long cohort = freshCohort(token, 5);
    String pitchDay = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30) + "T09:00";
    Expect.created(
        http()
            .postJson(
                "api/v1/cohorts/" + cohort + "/sessions",
                token,
                "{\"startsAt\":\""
                    + pitchDay
                    + "\",\"zoneId\":\"Asia/Singapore\",\"durationMinutes\":120,"
                    + "\"topic\":\"Pitch day\",\"deliveryMode\":\"SINGAPORE_CAMPUS\"}"));
    String unique = Long.toString(System.nanoTime(), 36);
    HttpResponse<String> registered =
        http()
            .postJson(
                "api/v1/participants",
                token,
                "{\"nameLatin\":\"Early "
                    + unique
                    + "\",\"email\":\"early."
                    + unique
                    + "@example.com\"}");
    Expect.created(registered);
    long person = Http.json(registered).getJsonNumber("id").longValue();
    long enrolment =
        Http.json(
                http()
                    .postJson(
                        "api/v1/cohorts/" + cohort + "/enrolments",
                        token,
                        "{\"participantId\":" + person + "}"))
            .getJsonNumber("enrolmentId")
            .longValue();
    long held =
        Long.parseLong(
            Database.string("SELECT MIN(id) FROM tal_session WHERE cohort_id = ?", cohort));
    assertThat(
            http()
                .putJson(
                    "api/v1/cohorts/" + cohort + "/sessions/" + held + "/attendance",
                    token,
                    "{\"absent\":[]}")
                .statusCode())
        .isEqualTo(200);
    http()
        .putJson(
            "api/v1/cohorts/" + cohort + "/enrolments/" + enrolment + "/assessment",
            token,
            "{\"passed\":true}");

    portal.signInAs("coordinator");
    browser.get(portal.url("app/talent/cohort.xhtml?id=" + cohort));
    assertThat(browser.findElements(By.id("roster:seated:0:complete"))).isEmpty();
    click(By.id("roster:seated:0:completeEarly"));
    Browser.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("earlyForm:reason")));
    assertThat(text(By.id("earlyWho"))).contains("Early " + unique);
    click(By.id("earlyForm:completeEarlyConfirm"));
    Browser.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("earlyForm:reason")));
    assertThat(text(By.cssSelector("#earlyDialog .field-error")))
        .contains("say why the participant completes early");
    String completed =
        "SELECT COUNT(*) FROM tal_enrolment WHERE state = 'COMPLETED' AND id = " + enrolment;
    assertThat(Database.string(completed)).isEqualTo("0");
    browser.findElement(By.id("earlyForm:reason")).sendKeys("Posted abroad from next month");
    Browser.screenshot(browser, "15-talent-complete-early");
    click(By.id("earlyForm:completeEarlyConfirm"));

    waitForMessage("certificate");
    assertThat(browser.getCurrentUrl()).contains("cohort.xhtml?id=" + cohort);
    assertThat(Database.string(completed)).isEqualTo("1");
    reloadChangesNothing(completed, "certificate");
    assertThat(
            Database.string(
                "SELECT summary FROM core_audit_entry WHERE action = 'COMPLETED' AND entity_id = ?",
                Long.toString(enrolment)))
        .endsWith("before the course ended: Posted abroad from next month");
  }

  @Test
  void coordinatorEnrolsMarksAttendanceCompletesAndThePublicPageVerifiesUntilRevoked()
      throws Exception {
    String token = new Http(base).tokenFor("coordinator");
    long cohort = freshCohort(token, 5);
    String unique = Long.toString(System.nanoTime(), 36);
    String name = "Lee Journey " + unique;
    Expect.created(
        http()
            .postJson(
                "api/v1/participants",
                token,
                "{\"nameLatin\":\""
                    + name
                    + "\",\"nameZh\":\"李旅程\",\"email\":\"journey."
                    + unique
                    + "@example.com\"}"));

    portal.signInAs("coordinator");
    browser.get(portal.url("app/talent/programmes.xhtml"));
    assertThat(text(By.id("programmes")))
        .contains("MiniMasters in Technopreneurship", "NTU-YDPG Internship Programme");
    Browser.screenshot(browser, "10-talent-catalogue");

    browser.get(portal.url("app/talent/cohort.xhtml?id=" + cohort));
    assertThat(text(By.tagName("h1"))).isEqualTo("Browser intake");
    click(By.id("roster:openEnrol"));
    Browser.until(browser, By.id("enrolForm:search"));
    Browser.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("enrolForm:search")));
    browser.findElement(By.id("enrolForm:search")).sendKeys(unique);
    click(By.id("enrolForm:find"));
    Browser.until(browser, By.id("enrolForm:found"));
    assertThat(text(By.id("enrolForm:found"))).contains(name);
    Browser.screenshot(browser, "11-talent-enrol-dialog");
    click(By.id("enrolForm:found:0:enrolThis"));

    waitForMessage("Enrolled.");
    assertThat(text(By.id("roster:seated"))).contains(name, "李旅程", "Enrolled");
    assertThat(text(By.id("capacity-text"))).contains("1 of 5 seats taken");
    // Post/Redirect/Get: the address names the cohort, and reloading it enrols nobody again
    assertThat(browser.getCurrentUrl()).contains("cohort.xhtml?id=" + cohort);
    reloadChangesNothing(
        "SELECT COUNT(*) FROM tal_enrolment WHERE cohort_id = " + cohort, "Enrolled.");
    assertThat(text(By.id("capacity-text"))).contains("1 of 5 seats taken");

    click(By.id("sessions:0:attendance"));
    Browser.until(browser, By.id("attendance:marks"));
    assertThat(browser.findElement(By.id("attendance:marks:0:present")).isSelected()).isTrue();
    Browser.screenshot(browser, "12-talent-attendance");
    click(By.id("attendance:save"));
    waitForMessage("1 present, 0 absent");
    assertThat(browser.getCurrentUrl()).contains("cohort=" + cohort).contains("session=");
    String recorded =
        "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'ATTENDANCE_RECORDED'"
            + " AND summary LIKE 'cohort "
            + cohort
            + ":%'";
    assertThat(Database.string(recorded)).isEqualTo("1");
    reloadChangesNothing(recorded, "1 present, 0 absent");
    assertThat(browser.findElement(By.id("attendance:marks:0:present")).isSelected()).isTrue();

    browser.get(portal.url("app/talent/cohort.xhtml?id=" + cohort));
    click(By.id("roster:seated:0:pass"));
    waitForMessage("Assessment recorded.");
    click(By.id("roster:seated:0:complete"));
    waitForMessage("certificate");
    String message = text(By.id("messages"));
    String code = message.replaceAll("(?s).*certificate ([A-Z2-7]{32}).*", "$1");
    assertThat(code).matches("[A-Z2-7]{32}");
    assertThat(text(By.id("roster:seated"))).contains("Completed");
    // the certificate prints the Chinese name in the shipped font, and its QR code's link is the
    // configured public address (INSTITUTE_PUBLIC_URL in web/pom.xml), not the test server's
    HttpResponse<byte[]> pdf =
        http()
            .download("api/v1/certificates/" + code + "/pdf", http().tokenFor("coordinator"), null);
    assertThat(pdf.statusCode()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String printed = new PDFTextStripper().getText(document);
      assertThat(printed)
          .contains(name, "李旅程", "结业证书", "颁发机构")
          .contains("https://institute.example.org/verify/" + code)
          .doesNotContain("\uFFFD", "?");
    }
    // sealed: the signed credential travels inside, and Poppler (an implementation other than the
    // one that signed) finds the PAdES signature valid over the whole document
    HttpResponse<String> credential =
        http().get("api/v1/certificates/" + code + "/credential", null);
    assertThat(credential.statusCode()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(document.getSignatureDictionaries()).hasSize(1);
      assertThat(document.getSignatureDictionaries().get(0).getSubFilter())
          .isEqualTo("ETSI.CAdES.detached");
      byte[] carried =
          document
              .getDocumentCatalog()
              .getNames()
              .getEmbeddedFiles()
              .getNames()
              .get("certificate-" + code + ".jwt")
              .getEmbeddedFile()
              .toByteArray();
      assertThat(new String(carried, java.nio.charset.StandardCharsets.US_ASCII).strip())
          .isEqualTo(credential.body().strip());
    }
    java.nio.file.Path sealed = java.nio.file.Files.createTempFile("certificate", ".pdf");
    java.nio.file.Files.write(sealed, pdf.body());
    Process pdfsig =
        new ProcessBuilder(System.getProperty("it.pdfsig", "/usr/bin/pdfsig"), sealed.toString())
            .redirectErrorStream(true)
            .start();
    String report = new String(pdfsig.getInputStream().readAllBytes());
    pdfsig.waitFor();
    assertThat(report).contains("Signature is Valid").contains("Total document signed");
    Browser.screenshot(browser, "13-talent-cohort");

    browser.manage().deleteAllCookies();
    browser.get(portal.url("verify/" + code));
    assertThat(text(By.id("verify-status"))).isEqualTo("Valid");
    assertThat(text(By.id("verify-holder"))).contains(name, "李旅程");
    assertThat(text(By.id("verify-programme"))).contains("MiniMasters journey");
    assertThat(browser.findElements(By.id("user-name"))).isEmpty();
    Browser.screenshot(browser, "14-certificate-valid");
    // the holder (the code is in their mail and on the paper) downloads the sealed PDF signed out
    assertThat(browser.findElement(By.id("download-pdf")).getAttribute("href"))
        .endsWith("/api/v1/certificates/" + code + "/pdf");
    assertThat(http().download("api/v1/certificates/" + code + "/pdf", null, null).statusCode())
        .isEqualTo(200);
    // the page checks the certificate's signed credential and shows what it says
    assertThat(text(By.id("check-outcome"))).contains("Genuine and in force");
    assertThat(text(By.id("check-signature"))).startsWith("Signature valid");
    assertThat(text(By.id("check-holder"))).contains(name, "李旅程");
    assertThat(text(By.id("check-modes"))).isNotBlank();
    // anyone may paste a credential: one with a letter of the name changed fails
    String jws = http().get("api/v1/certificates/" + code + "/credential", null).body();
    String[] parts = jws.split("\\.");
    String payload =
        new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace(name, name + "x");
    String forged =
        parts[0]
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    WebElement before = browser.findElement(By.id("check-outcome"));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById('checkForm:credential').value = arguments[0];", forged);
    click(By.id("checkForm:check"));
    Browser.waitFor(browser).until(ExpectedConditions.stalenessOf(before));
    assertThat(text(By.id("check-outcome"))).contains("does not verify");
    assertThat(text(By.id("check-problem"))).contains("changed after signing");
    assertThat(text(By.id("check-holder"))).contains(name + "x");
    Browser.screenshot(browser, "68-credential-tampered");

    portal.signInAs("coordinator");
    // the list is searched in the database and the search is in the address (decision 0085)
    String search =
        "app/talent/certificates.xhtml?q="
            + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)
            + "&sort=holder,desc";
    browser.get(portal.url(search));
    Browser.until(browser, By.id("certs:list"));
    assertThat(browser.findElements(By.cssSelector("#certs\\:list tbody tr"))).hasSize(1);
    assertThat(text(By.id("certs:list"))).contains(name);
    assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(name);
    assertThat(
            browser
                .findElement(By.cssSelector("a.sort-link[data-sort='holder']"))
                .getAttribute("data-direction"))
        .isEqualTo("desc");
    int row = 0;
    click(By.id("certs:list:" + row + ":startRevoke"));
    Browser.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("revokeForm:reason")));
    click(By.id("revokeForm:revoke"));
    confirmYes();
    Browser.until(browser, By.cssSelector(".field-error"));
    // the missing reason is told beside its field, or at the top when the refusal names no field
    assertThat(
            browser.findElements(By.cssSelector("#revokeForm .field-error, #messages")).stream()
                .map(WebElement::getText)
                .collect(java.util.stream.Collectors.joining()))
        .isNotBlank();
    browser.get(portal.url(search));
    click(By.id("certs:list:" + row + ":startRevoke"));
    Browser.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("revokeForm:reason")));
    browser.findElement(By.id("revokeForm:reason")).sendKeys("Issued in error");
    click(By.id("revokeForm:revoke"));
    // revoking asks first
    assertThat(text(By.cssSelector(".ui-confirm-dialog-message")))
        .contains("Revoke this certificate?");
    confirmYes();
    waitForMessage("Certificate " + code + " revoked.");
    assertThat(Database.string("SELECT revoke_reason FROM tal_certificate WHERE code = ?", code))
        .isEqualTo("Issued in error");
    Browser.screenshot(browser, "15-talent-certificates");

    browser.manage().deleteAllCookies();
    browser.get(portal.url("verify/" + code));
    assertThat(text(By.id("verify-status"))).isEqualTo("Revoked");
    assertThat(text(By.id("check-status"))).contains("Revoked");
    Browser.screenshot(browser, "16-certificate-revoked");
    // a revoked certificate's PDF is no longer for anyone holding the code, only for its staff
    assertThat(browser.findElements(By.id("download-pdf"))).isEmpty();
    assertThat(http().download("api/v1/certificates/" + code + "/pdf", null, null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void withdrawingAsksFirstThenPromotesTheWaitlistOnceEvenWhenThePageIsReloaded() throws Exception {
    String token = new Http(base).tokenFor("coordinator");
    long cohort = freshCohort(token, 1);
    String unique = Long.toString(System.nanoTime(), 36);
    for (String who : new String[] {"Seated", "Waiting"}) {
      long participant =
          id(
              Expect.created(
                  http()
                      .postJson(
                          "api/v1/participants",
                          token,
                          "{\"nameLatin\":\""
                              + who
                              + " "
                              + unique
                              + "\",\"email\":\""
                              + who.toLowerCase()
                              + "."
                              + unique
                              + "@example.com\"}")),
              "id");
      Expect.created(
          http()
              .postJson(
                  "api/v1/cohorts/" + cohort + "/enrolments",
                  token,
                  "{\"participantId\":" + participant + "}"));
    }
    String withdrawn =
        "SELECT COUNT(*) FROM tal_enrolment WHERE cohort_id = "
            + cohort
            + " AND state = 'WITHDRAWN'";

    portal.signInAs("coordinator");
    browser.get(portal.url("app/talent/cohort.xhtml?id=" + cohort));
    assertThat(text(By.id("roster:seated"))).contains("Seated " + unique);
    assertThat(text(By.id("roster:waitlist"))).contains("Waiting " + unique);
    // each row's button names its participant
    assertThat(browser.findElement(By.id("roster:seated:0:withdraw")).getAccessibleName())
        .contains("Seated " + unique);

    // the roster is searched in the address: the waiting one keeps the place in the whole line
    browser.get(
        portal.url(
            "app/talent/cohort.xhtml?id=" + cohort + "&q=waiting%20" + unique + "&sort=name,desc"));
    Browser.until(browser, By.id("rosterSearch"));
    assertThat(browser.findElement(By.id("q")).getAttribute("value"))
        .isEqualTo("waiting " + unique);
    assertThat(text(By.id("roster:seated"))).doesNotContain("Seated " + unique);
    assertThat(text(By.id("roster:waitlist"))).contains("Waiting " + unique).startsWith("Position");
    assertThat(browser.findElement(By.id("roster:waitlist:0:withdrawWaiting")).isDisplayed())
        .isTrue();
    assertThat(
            browser
                .findElement(By.cssSelector("#roster\\:seated a.sort-link[data-sort='name']"))
                .getAttribute("data-direction"))
        .isEqualTo("desc");
    browser.get(portal.url("app/talent/cohort.xhtml?id=" + cohort));

    // the page asks first; No leaves the enrolment as it is
    click(By.id("roster:seated:0:withdraw"));
    assertThat(text(By.cssSelector(".ui-confirm-dialog-message")))
        .isEqualTo("Withdraw this participant? The first on the waitlist takes the seat.");
    click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no"));
    Browser.waitFor(browser)
        .until(
            ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
    assertThat(Database.string(withdrawn)).isEqualTo("0");

    click(By.id("roster:seated:0:withdraw"));
    confirmYes();
    waitForMessage("Withdrawn; the first on the waitlist has the seat");
    assertThat(browser.getCurrentUrl()).contains("cohort.xhtml?id=" + cohort);
    assertThat(text(By.id("roster:seated"))).contains("Waiting " + unique);
    assertThat(text(By.id("roster:withdrawn"))).contains("Seated " + unique);
    assertThat(Database.string(withdrawn)).isEqualTo("1");
    reloadChangesNothing(withdrawn, "Withdrawn;");
    assertThat(text(By.id("roster:seated"))).contains("Waiting " + unique);
  }

  @Test
  void aCoordinatorEvaluatesAnInternAndCompletesThePlacementAndAReloadRepeatsNeither()
      throws Exception {
    String token = new Http(base).tokenFor("coordinator");
    String intake =
        Database.string(
            "SELECT c.id FROM tal_cohort c JOIN tal_programme p ON p.id = c.programme_id"
                + " WHERE p.code = 'NTU-YDPG-INTERN'");
    String jiyin = Database.string("SELECT id FROM ptn_partner WHERE code = 'JIYIN'");
    String unique = Long.toString(System.nanoTime(), 36);
    long position =
        id(
            Expect.created(
                http()
                    .postJson(
                        "api/v1/internships/positions",
                        token,
                        "{\"cohortId\":"
                            + intake
                            + ",\"hostPartnerId\":"
                            + jiyin
                            + ",\"title\":\"Browser intern "
                            + unique
                            + "\",\"field\":\"BIOTECHNOLOGY\",\"startsOn\":\"2027-05-10\","
                            + "\"endsOn\":\"2027-08-06\",\"places\":1}")),
            "id");
    String name = "Intern " + unique;
    String matriculation = String.format("U%07dC", Math.floorMod(System.nanoTime(), 10_000_000L));
    long student =
        id(
            Expect.created(
                http()
                    .postJson(
                        "api/v1/participants",
                        token,
                        "{\"nameLatin\":\""
                            + name
                            + "\",\"email\":\"intern."
                            + unique
                            + "@e.ntu.edu.sg\",\"matriculationNumber\":\""
                            + matriculation
                            + "\"}")),
            "id");
    long placement =
        id(
            Expect.created(
                http()
                    .postJson(
                        "api/v1/internships/positions/" + position + "/applications",
                        token,
                        "{\"participantId\":" + student + "}")),
            "id");
    for (String status : new String[] {"SHORTLISTED", "OFFERED", "ACCEPTED"}) {
      assertThat(
              http()
                  .postJson(
                      "api/v1/internships/placements/" + placement + "/status",
                      token,
                      "{\"status\":\"" + status + "\"}")
                  .statusCode())
          .isEqualTo(200);
    }
    String evaluated =
        "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'INTERN_EVALUATED' AND entity_id = '"
            + placement
            + "'";
    String completed =
        "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'PLACEMENT_COMPLETED'"
            + " AND entity_id = '"
            + placement
            + "'";
    By row = By.xpath("//table[@id='placements:list']//tr[td[contains(., '" + name + "')]]");

    portal.signInAs("coordinator");
    browser.get(portal.url("app/talent/internships.xhtml?cohort=" + intake));
    Browser.until(browser, row);
    browser.findElement(row).findElement(By.cssSelector("[id$=':evaluate']")).click();
    Browser.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluationForm:rating")));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("evaluationForm:kind")))
        .selectByValue("FINAL");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("evaluationForm:rating")))
        .selectByValue("5");
    browser.findElement(By.id("evaluationForm:comment")).sendKeys("Careful pipeline work");
    click(By.id("evaluationForm:save"));

    waitForMessage("Evaluation saved.");
    assertThat(browser.getCurrentUrl()).contains("internships.xhtml?cohort=" + intake);
    assertThat(text(row)).contains("Final: 5/5");
    assertThat(Database.string(evaluated)).isEqualTo("1");
    reloadChangesNothing(evaluated, "Evaluation saved.");

    browser
        .findElement(row)
        .findElement(By.xpath(".//button[normalize-space(.)='Complete']"))
        .click();
    waitForMessage("Placement updated.");
    assertThat(browser.getCurrentUrl()).contains("internships.xhtml?cohort=" + intake);
    assertThat(text(row)).contains("Completed");
    assertThat(Database.string(completed)).isEqualTo("1");
    reloadChangesNothing(completed, "Placement updated.");
  }

  /** The dialog's lower edge may lie below the window: click as the keyboard would. */
  private void submitNewcomer() {
    browser.executeScript(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
        browser.findElement(By.id("newParticipant:registerAndEnrol")));
  }

  @Test
  void aRefusedRegisterAndEnrolRegistersNobodyAndTheAcceptedOneMailsTheNewcomer() throws Exception {
    String token = new Http(base).tokenFor("coordinator");
    long cohort = freshCohort(token, 5, "NTU_STUDENTS");
    String unique = Long.toString(System.nanoTime(), 36);
    String email = "newcomer." + unique + "@example.com";
    String name = "New Comer " + unique;

    portal.signInAs("coordinator");
    browser.get(portal.url("app/talent/cohort.xhtml?id=" + cohort));
    click(By.id("roster:openEnrol"));
    Browser.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("newParticipant:nameLatin")));
    browser.findElement(By.id("newParticipant:nameLatin")).sendKeys(name);
    browser.findElement(By.id("newParticipant:email")).sendKeys(email);
    submitNewcomer();

    // the programme takes NTU students only: the enrolment is refused, and so is the registration
    waitForMessage("NTU students only");
    assertThat(Database.string("SELECT COUNT(*) FROM tal_participant WHERE email = ?", email))
        .isEqualTo("0");
    assertThat(Database.string("SELECT COUNT(*) FROM tal_enrolment WHERE cohort_id = ?", cohort))
        .isEqualTo("0");
    assertThat(Database.string("SELECT COUNT(*) FROM core_mail_outbox WHERE recipient = ?", email))
        .isEqualTo("0");

    // nothing typed is lost: with a matriculation number the same newcomer is taken
    Browser.waitFor(browser)
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.id("newParticipant:matriculationNumber")));
    assertThat(browser.findElement(By.id("newParticipant:email")).getAttribute("value"))
        .isEqualTo(email);
    String digits = String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
    browser.findElement(By.id("newParticipant:matriculationNumber")).sendKeys("U" + digits + "Q");
    submitNewcomer();
    waitForMessage("Enrolled.");
    assertThat(text(By.id("roster:seated"))).contains(name);
    assertThat(Database.string("SELECT COUNT(*) FROM tal_participant WHERE email = ?", email))
        .isEqualTo("1");
    assertThat(
            Database.string(
                "SELECT subject FROM core_mail_outbox WHERE recipient = ? ORDER BY id", email))
        .isEqualTo("Your seat is confirmed: MiniMasters journey / 名额已确认：微硕士流程");
  }

  @Test
  void coordinatorImportsACsvAfterCheckingTheReport() throws Exception {
    String token = new Http(base).tokenFor("coordinator");
    long cohort = freshCohort(token, 3);
    String unique = Long.toString(System.nanoTime(), 36);
    Path file = Files.createTempFile("enrolment", ".csv");
    Files.writeString(
        file,
        "nameLatin,nameZh,email,organisation,matriculationNumber,nationality\n"
            + "Wang Xiao,王晓,wang."
            + unique
            + "@example.com,NTU,,CN\n"
            + "Tan Ah Kow,陈亚九,tan."
            + unique
            + "@example.com,NTU,,SG\n"
            + "Broken Row,,not-an-email,NTU,,SG\n"
            + "Zhou Li,周丽,zhou."
            + unique
            + "@example.com,NTU,,CN\n"
            + "Ng Boon,黄文,ng."
            + unique
            + "@example.com,NTU,,SG\n",
        StandardCharsets.UTF_8);

    portal.signInAs("coordinator");
    browser.get(portal.url("app/talent/import.xhtml?cohort=" + cohort));
    Browser.until(browser, By.id("upload:file"));
    browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
    click(By.id("upload:check"));

    assertThat(text(By.id("preview-summary")))
        .isEqualTo("5 rows: 3 will enrol, 1 will be waitlisted, 1 are rejected.");
    assertThat(text(By.id("confirmForm:lines"))).contains("Enter a valid e-mail address.", "王晓");
    Browser.screenshot(browser, "17-talent-import-report");

    click(By.id("confirmForm:confirm"));
    // done, the cohort's page follows with the result and the roster that came in
    waitForMessage("Done: 3 enrolled, 1 waitlisted, 1 rejected.");
    assertThat(browser.getCurrentUrl()).contains("cohort.xhtml?id=" + cohort);
    Browser.screenshot(browser, "18-talent-import-done");
    reloadChangesNothing(
        "SELECT COUNT(*) FROM tal_enrolment WHERE cohort_id = " + cohort, "Done: 3 enrolled");

    assertThat(text(By.id("roster:seated"))).contains("王晓", "陈亚九", "周丽");
    assertThat(text(By.id("roster:waitlist"))).contains("Ng Boon");
    Files.delete(file);
  }

  @Test
  void partnerStaffSeeTheCatalogueButNoEnrolmentButtons() {
    portal.signInAs("ntu.staff");
    browser.get(portal.url("app/talent/programmes.xhtml"));
    assertThat(text(By.id("programmes"))).contains("MiniMasters in Technopreneurship");
    click(By.id("cohortsForm:cohorts:0:open"));
    Browser.until(browser, By.id("roster:seated"));
    assertThat(browser.findElements(By.id("roster:openEnrol"))).isEmpty();

    browser.get(portal.url("app/talent/certificates.xhtml"));
    assertThat(text(By.tagName("h1"))).contains("403");
  }

  @Test
  void theInternshipBoardShowsPositionsAndPlacementsAgainstTarget() throws Exception {
    String intake =
        Database.string(
            "SELECT c.id FROM tal_cohort c JOIN tal_programme p ON p.id = c.programme_id"
                + " WHERE p.code = 'NTU-YDPG-INTERN'");
    portal.signInAs("coordinator");
    browser.get(portal.url("app/talent/cohort.xhtml?id=" + intake));
    click(By.id("roster:internshipBoard"));

    assertThat(text(By.id("positions")))
        .contains("Data engineering intern", "Machine learning intern");
    assertThat(text(By.id("placed-text"))).contains("of a target of 10");
    assertThat(text(By.id("placements:list"))).contains("Accepted", "Shortlisted");
    assertThat(browser.findElements(By.cssSelector("#placements\\:list [id$=':move']")))
        .isNotEmpty();
    Browser.screenshot(browser, "19-talent-internship-board");

    browser.manage().deleteAllCookies();
    portal.signInAs("council");
    browser.get(portal.url("app/talent/internships.xhtml?cohort=" + intake));
    assertThat(text(By.id("positions"))).contains("Data engineering intern");
    assertThat(browser.findElements(By.cssSelector("#placements\\:list [id$=':move']"))).isEmpty();
  }

  /**
   * The coordinator's home page counts the people waiting for a seat in the cohorts the coordinator
   * manages, as the API lists those cohorts, and leads to them.
   */
  @Test
  void theCoordinatorsHomePageCountsThePeopleWaitingForASeat() throws Exception {
    String token = new Http(base).tokenFor("coordinator");
    long cohort = freshCohort(token, 1);
    String unique = Long.toString(System.nanoTime(), 36);
    for (String who : List.of("first", "second")) {
      HttpResponse<String> person =
          http()
              .postJson(
                  "api/v1/participants",
                  token,
                  "{\"nameLatin\":\"Wait "
                      + who
                      + " "
                      + unique
                      + "\",\"email\":\"wait."
                      + who
                      + "."
                      + unique
                      + "@example.com\"}");
      Expect.created(person);
      Expect.created(
          http()
              .postJson(
                  "api/v1/cohorts/" + cohort + "/enrolments",
                  token,
                  "{\"participantId\":" + Http.json(person).getJsonNumber("id") + "}"));
    }
    // every cohort the API lists, page after page (other tests grow the list past one page)
    long waiting = 0;
    String next = null;
    do {
      jakarta.json.JsonObject page =
          Http.json(
              http()
                  .get(
                      "api/v1/cohorts?limit=200"
                          + (next == null
                              ? ""
                              : "&cursor="
                                  + java.net.URLEncoder.encode(
                                      next, java.nio.charset.StandardCharsets.UTF_8)),
                      token));
      waiting +=
          page.getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
              .filter(c -> List.of("OPEN", "RUNNING").contains(c.getString("status")))
              .filter(
                  c -> c.getJsonArray("allowedActions").toString().contains("MANAGE_ENROLMENTS"))
              .mapToLong(c -> c.getJsonNumber("waitlisted").longValue())
              .sum();
      next = page.isNull("next") ? null : page.getString("next");
    } while (next != null);
    assertThat(waiting).isPositive();

    portal.signInAs("coordinator");
    browser.get(portal.url("app/home.xhtml"));
    By item = By.cssSelector("[data-waiting='home.waiting.waitlisted'] a");
    assertThat(text(item))
        .isEqualTo(
            (waiting == 1
                    ? "1 person waits"
                    : java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH)
                            .format(waiting)
                        + " people wait")
                + " for a seat in your cohorts");
    click(item);
    Browser.until(browser, By.id("main"));
    assertThat(browser.getCurrentUrl()).containsAnyOf("programmes.xhtml", "cohort.xhtml?id=");
  }
}
