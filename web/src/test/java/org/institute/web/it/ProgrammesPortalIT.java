package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Coordinators run their programmes in the portal (issue 15, decision 0094): a programme, a cohort
 * and its sessions registered and changed through forms that show every refusal at once beside its
 * field, keep what was typed, redirect after a save and read in both languages; and the enrolment
 * dialog finds a person on the server by either script, e-mail or student number and stays on the
 * screen.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class ProgrammesPortalIT {

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

  private String text(By by) {
    Browser.until(browser, by);
    return browser.findElement(by).getText();
  }

  private void type(String id, String value) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  private void save(String formId) {
    Browser.clickToNewPage(browser, By.id(formId + ":save"));
  }

  private void waitForMessage(String containing) {
    Browser.waitFor(browser)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), containing));
  }

  /** The messages shown beside the form's fields, by the field they belong to. */
  private List<String> fieldErrors() {
    return browser.findElements(By.cssSelector(".field-error")).stream()
        .filter(e -> !e.getText().isBlank())
        .map(e -> e.getText())
        .toList();
  }

  /** Reloads the page a save redirected to: the rows {@code countSql} counts stay as they are. */
  private void reloadChangesNothing(String countSql) throws Exception {
    String before = Database.string(countSql);
    String address = browser.getCurrentUrl();
    browser.navigate().refresh();
    Browser.until(browser, By.id("main"));
    assertThat(browser.getCurrentUrl()).isEqualTo(address);
    assertThat(Database.string(countSql)).isEqualTo(before);
  }

  private void chinese() {
    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
  }

  private void english() {
    browser.findElement(By.id("langForm:en")).click();
    Browser.language(browser, "en");
  }

  @Test
  void coordinatorRegistersAProgrammeOpensACohortAndSchedulesAndMovesASession() throws Exception {
    String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    String code = "PF-" + run;
    portal.signInAs("coordinator");
    portal.open("app/talent/programmes.xhtml");
    Browser.clickToNewPage(browser, By.id("newProgramme"));

    // every refusal at once, each beside its field, and what was typed stays
    Browser.until(browser, By.id("programmeForm:titleZh"));
    type("programmeForm:titleZh", "门户项目" + run);
    type("programmeForm:minAttendancePercent", "120");
    save("programmeForm");
    Browser.until(browser, By.cssSelector(".field-error"));
    assertThat(fieldErrors())
        .contains(
            "A programme code is 2 to 32 capital letters, digits or dashes.",
            "Choose the kind of programme.",
            "Enter the English title.",
            "Name at least one owning partner.",
            "The attendance threshold is a percentage from 0 to 100.");
    assertThat(browser.findElement(By.id("programmeForm:titleZh")).getAttribute("value"))
        .isEqualTo("门户项目" + run);
    browser.executeScript("window.scrollTo(0, 0)");
    Browser.screenshot(browser, "76-programme-form");
    assertThat(Database.string("SELECT COUNT(*) FROM tal_programme WHERE code = ?", code))
        .isEqualTo("0");

    type("programmeForm:code", code);
    new Select(browser.findElement(By.id("programmeForm:kind"))).selectByValue("MINIMASTERS");
    type("programmeForm:titleEn", "Portal programme " + run);
    type("programmeForm:minAttendancePercent", "75");
    String ntu = Database.string("SELECT id FROM ptn_partner WHERE code = 'NTU'");
    browser
        .findElement(By.cssSelector("input[name='programmeForm:owners'][value='" + ntu + "']"))
        .click();
    save("programmeForm");
    waitForMessage("Programme " + code + " registered.");
    assertThat(browser.getCurrentUrl()).contains("programmes.xhtml");
    String programmes = "SELECT COUNT(*) FROM tal_programme WHERE code = '" + code + "'";
    assertThat(Database.string(programmes)).isEqualTo("1");
    reloadChangesNothing(programmes);
    String programme = Database.string("SELECT id FROM tal_programme WHERE code = ?", code);
    assertThat(text(By.id("programmes"))).contains("Portal programme " + run);

    // a cohort of it: the dates' and capacity's refusals at once, then opened
    Browser.clickToNewPage(
        browser, By.cssSelector("a[href*='cohort-edit.xhtml?programme=" + programme + "']"));
    Browser.until(browser, By.id("cohortForm:name"));
    assertThat(text(By.id("cohort-of"))).contains("Portal programme " + run);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    type("cohortForm:nameZh", "门户班" + run);
    type("cohortForm:startsOn", today.plusDays(30).toString());
    type("cohortForm:endsOn", today.plusDays(10).toString());
    type("cohortForm:applicationsOpen", today.toString());
    type("cohortForm:applicationsClose", today.plusDays(20).toString());
    type("cohortForm:capacity", "0");
    save("cohortForm");
    Browser.until(browser, By.cssSelector(".field-error"));
    assertThat(fieldErrors())
        .contains(
            "Enter the cohort's name.",
            "The cohort cannot end before it starts.",
            "The capacity is a whole number from 1 to 10,000.");
    assertThat(browser.findElement(By.id("cohortForm:nameZh")).getAttribute("value"))
        .isEqualTo("门户班" + run);
    type("cohortForm:name", "Portal intake " + run);
    type("cohortForm:endsOn", today.plusDays(120).toString());
    type("cohortForm:capacity", "12");
    type("cohortForm:feeAmount", "1500");
    new Select(browser.findElement(By.id("cohortForm:status"))).selectByValue("OPEN");
    save("cohortForm");
    waitForMessage("Cohort opened.");
    String cohorts = "SELECT COUNT(*) FROM tal_cohort WHERE programme_id = " + programme;
    assertThat(Database.string(cohorts)).isEqualTo("1");
    String cohort = Database.string("SELECT id FROM tal_cohort WHERE programme_id = ?", programme);
    assertThat(browser.getCurrentUrl()).contains("cohort.xhtml?id=" + cohort);
    assertThat(text(By.tagName("h1"))).isEqualTo("Portal intake " + run);
    assertThat(text(By.id("cohortPage"))).contains("SGD 1,500.00", "0 of 12 seats taken");
    reloadChangesNothing(cohorts);

    // a session in Chongqing, ten days on; then moved to the afternoon, in the audit trail
    Browser.clickToNewPage(browser, By.id("newSession"));
    Browser.until(browser, By.id("sessionForm:topic"));
    save("sessionForm");
    Browser.until(browser, By.cssSelector(".field-error"));
    assertThat(fieldErrors())
        .contains(
            "Enter the start: a date and a time (in the API YYYY-MM-DDTHH:MM), from the year 2000"
                + " to 2200.",
            "Enter the topic.",
            "Choose the delivery mode.");
    type("sessionForm:date", today.plusDays(40).toString());
    type("sessionForm:time", "09:30");
    new Select(browser.findElement(By.id("sessionForm:zoneId"))).selectByValue("Asia/Shanghai");
    type("sessionForm:durationMinutes", "120");
    type("sessionForm:topic", "Pitch clinic " + run);
    type("sessionForm:topicZh", "路演辅导" + run);
    new Select(browser.findElement(By.id("sessionForm:deliveryMode")))
        .selectByValue("CHONGQING_BASE");
    type("sessionForm:venue", "Hall 2");
    save("sessionForm");
    waitForMessage("Session scheduled.");
    String sessions = "SELECT COUNT(*) FROM tal_session WHERE cohort_id = " + cohort;
    assertThat(Database.string(sessions)).isEqualTo("1");
    assertThat(text(By.id("sessions"))).contains("09:30", "Asia/Shanghai", "Pitch clinic " + run);
    reloadChangesNothing(sessions);

    Browser.clickToNewPage(browser, By.id("sessions:0:editSession"));
    Browser.until(browser, By.id("sessionForm:time"));
    assertThat(browser.findElement(By.id("sessionForm:time")).getAttribute("value"))
        .isEqualTo("09:30");
    type("sessionForm:time", "14:00");
    save("sessionForm");
    waitForMessage("Session saved.");
    assertThat(text(By.id("sessions"))).contains("14:00").doesNotContain("09:30");
    assertThat(Database.string(sessions)).isEqualTo("1");
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'SESSION_RESCHEDULED'"
                    + " AND summary LIKE ?",
                "cohort " + cohort + ":%"))
        .isEqualTo("1");

    // the cohort's capacity and Chinese name changed; a capacity below the seats taken is refused
    Browser.clickToNewPage(browser, By.id("editCohort"));
    Browser.until(browser, By.id("cohortForm:capacity"));
    assertThat(browser.findElement(By.id("cohortForm:feeAmount")).getAttribute("value"))
        .isEqualTo("1500.00");
    type("cohortForm:capacity", "30");
    type("cohortForm:nameZh", "门户秋季班" + run);
    save("cohortForm");
    waitForMessage("Cohort saved.");
    assertThat(text(By.id("capacity-text"))).contains("0 of 30 seats taken");
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'COHORT_REVISED'"
                    + " AND entity_id = ?",
                cohort))
        .isEqualTo("1");

    // in Chinese: the programme, the cohort and the session by their Chinese titles
    chinese();
    try {
      portal.open("app/talent/cohort.xhtml?id=" + cohort);
      Browser.until(browser, By.id("cohortPage"));
      assertThat(text(By.tagName("h1"))).isEqualTo("门户秋季班" + run);
      assertThat(text(By.id("cohortPage"))).contains("门户项目" + run, "路演辅导" + run);
      Browser.screenshot(browser, "77-cohort-page-zh");
      Browser.clickToNewPage(browser, By.id("sessions:0:editSession"));
      Browser.until(browser, By.id("sessionForm:topicZh"));
      assertThat(text(By.cssSelector(".breadcrumbs"))).contains("门户秋季班" + run);
      Browser.screenshot(browser, "78-session-form-zh");
      portal.open("app/talent/programme-edit.xhtml?id=" + programme);
      Browser.until(browser, By.id("programmeForm:titleZh"));
      assertThat(browser.findElement(By.id("programmeForm:code")).isEnabled()).isFalse();
      type("programmeForm:titleZh", "门户微硕士" + run);
      save("programmeForm");
      waitForMessage("已保存项目 " + code);
      assertThat(text(By.id("programmes"))).contains("门户微硕士" + run);
    } finally {
      english();
    }
  }

  @Test
  void theEnrolDialogFindsAPersonByEitherScriptEmailOrStudentNumberAndStaysOnTheScreen()
      throws Exception {
    String token = new Http(base).tokenFor("coordinator");
    String run = Long.toString(System.nanoTime(), 36);
    String ntu = Database.string("SELECT id FROM ptn_partner WHERE code = 'NTU'");
    long programme =
        idOf(
            Expect.created(
                new Http(base)
                    .postJson(
                        "api/v1/programmes",
                        token,
                        "{\"code\":\"EN-"
                            + run.toUpperCase()
                            + "\",\"kind\":\"CERTIFICATION_COURSE\",\"titleEn\":\"Search course\","
                            + "\"owners\":["
                            + ntu
                            + "]}")));
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    long cohort =
        idOf(
            Expect.created(
                new Http(base)
                    .postJson(
                        "api/v1/cohorts",
                        token,
                        "{\"programmeId\":"
                            + programme
                            + ",\"name\":\"Search intake\",\"startsOn\":\""
                            + today.plusDays(30)
                            + "\",\"endsOn\":\""
                            + today.plusDays(90)
                            + "\",\"applicationsOpen\":\""
                            + today
                            + "\",\"applicationsClose\":\""
                            + today.plusDays(20)
                            + "\",\"capacity\":5,\"status\":\"OPEN\"}")));
    // ten people sharing a word, and one to find by each of her keys
    for (int i = 0; i < 10; i++) {
      Expect.created(
          new Http(base)
              .postJson(
                  "api/v1/participants",
                  token,
                  "{\"nameLatin\":\"Crowd"
                      + run
                      + " Person "
                      + i
                      + "\",\"email\":\"crowd"
                      + i
                      + "."
                      + run
                      + "@example.com\"}"));
    }
    String digits = String.format("%07d", Math.floorMod(run.hashCode(), 10_000_000));
    String matric = "U" + digits + "Q";
    String chinese = chineseOf(run);
    Expect.created(
        new Http(base)
            .postJson(
                "api/v1/participants",
                token,
                "{\"nameLatin\":\"TAN Wei "
                    + run
                    + "\",\"nameZh\":\"谭"
                    + chinese
                    + "\",\"email\":\"tan."
                    + run
                    + "@example.com\",\"matriculationNumber\":\""
                    + matric
                    + "\"}"));

    portal.signInAs("coordinator");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1024, 700));
    try {
      portal.open("app/talent/cohort.xhtml?id=" + cohort);
      Browser.waitFor(browser)
          .until(ExpectedConditions.elementToBeClickable(By.id("roster:openEnrol")))
          .click();
      Browser.waitFor(browser)
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("enrolForm:search")));

      // many found: the first eight, how many in all, and the dialog still fits the window
      find("crowd" + run);
      Browser.until(browser, By.id("enrolForm:foundCount"));
      assertThat(text(By.id("enrolForm:foundCount"))).contains("The first 8 of 10 found");
      assertThat(browser.findElements(By.cssSelector("[id='enrolForm:found'] tbody tr")))
          .hasSize(8);
      assertThat(dialogFitsTheWindow()).isTrue();
      Browser.screenshot(browser, "79-enrol-dialog-search");

      // by her words in another order, her Chinese name, her e-mail in capitals, her number
      for (String key :
          List.of(
              run + " tan",
              "谭" + chinese,
              ("tan." + run + "@example.com").toUpperCase(),
              matric.toLowerCase())) {
        find(key);
        Browser.waitFor(browser)
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("enrolForm:found"), "TAN Wei " + run));
        assertThat(browser.findElements(By.cssSelector("[id='enrolForm:found'] tbody tr")))
            .as(key)
            .hasSize(1);
      }
      find("nobody" + run);
      Browser.until(browser, By.id("enrolForm:foundNone"));
      assertThat(text(By.id("enrolForm:foundNone"))).startsWith("Nobody found");

      find(matric);
      Browser.waitFor(browser)
          .until(ExpectedConditions.elementToBeClickable(By.id("enrolForm:found:0:enrolThis")))
          .click();
      waitForMessage("Enrolled.");
      assertThat(text(By.id("roster:seated"))).contains("TAN Wei " + run, "谭" + chinese);
    } finally {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
    }
  }

  private static long idOf(String json) {
    return jakarta.json.Json.createReader(new java.io.StringReader(json))
        .readObject()
        .getJsonNumber("id")
        .longValue();
  }

  /** Types a search into the enrolment dialog and waits for the server's answer. */
  private void find(String text) {
    WebElement old = browser.findElement(By.id("enrolForm"));
    type("enrolForm:search", text);
    browser.findElement(By.id("enrolForm:find")).click();
    Browser.waitFor(browser).until(ExpectedConditions.stalenessOf(old));
    Browser.until(browser, By.id("enrolForm:search"));
  }

  private boolean dialogFitsTheWindow() {
    return (Boolean)
        ((JavascriptExecutor) browser)
            .executeScript(
                "const r = document.getElementById('enrolDialog').getBoundingClientRect();"
                    + "return r.top >= 0 && r.bottom <= window.innerHeight"
                    + " && r.right <= document.documentElement.clientWidth;");
  }

  /** A Chinese name unique to the run: its characters chosen by the run's letters. */
  private static String chineseOf(String run) {
    String pool = "安北成德恩峰光海华佳杰金俊凯兰丽林明宁平琪荣瑞山涛文新雪阳宇泽志中";
    StringBuilder name = new StringBuilder();
    for (char ch : run.toCharArray()) {
      name.append(pool.charAt(Character.digit(ch, 36) % pool.length()));
    }
    return name.substring(0, Math.min(3, name.length()))
        + name.substring(Math.max(0, name.length() - 3));
  }
}
