package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The journeys a user walks in the portal, in a real headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Mailbox.class)
@ExtendWith(Chromium.class)
@RunAsClient
class PortalBrowserIT {

  private ChromeDriver browser;
  private Portal portal;
  private Mailbox mail;

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  @BeforeEach
  void mailbox(Mailbox mailbox) {
    mail = mailbox;
  }

  @BeforeEach
  void open(Chromium chromium) {
    portal = chromium.portal(base);
    browser = portal.driver();
  }

  private void signOut() {
    browser.findElement(By.id("signOutForm:signOut")).click();
    Browser.until(browser, By.id("login:username"));
  }

  private Set<String> menu() {
    return browser.findElements(By.cssSelector("nav [data-menu]")).stream()
        .map(e -> e.getAttribute("data-menu"))
        .collect(Collectors.toSet());
  }

  @Test
  void adminSignsInAndSeesTheAdminHomeInEnglishThenInChinese() {
    browser.get(portal.url("login.xhtml"));
    Browser.until(browser, By.id("login:username"));
    Browser.screenshot(browser, "01-login");

    portal.signInAs("admin");

    Browser.language(browser, "en");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Home");
    assertThat(browser.findElements(By.id("home-admin"))).hasSize(1);
    Browser.screenshot(browser, "02-admin-home");

    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("首页");
    assertThat(browser.findElement(By.id("menu")).getText()).contains("审计日志");
    Browser.screenshot(browser, "03-admin-home-zh");

    // the choice is remembered on the account, not only in the session
    signOut();
    portal.signInAs("admin");
    Browser.language(browser, "zh-CN");
    browser.findElement(By.id("langForm:en")).click();
    Browser.language(browser, "en");
  }

  /**
   * Every page of the menu, for an admin and a partner's staff, in both languages, and the first
   * record of each list: the server writes no warning and no error meanwhile (a single instance
   * keeps its sessions in memory rather than asking a data grid that is not there, decision 0081).
   */
  @Test
  void aSignedInJourneyLeavesNoWarningInTheServerLog() {
    ServerLog.Mark mark = ServerLog.mark();
    int pages = 0;
    for (String user : List.of("admin", "ntu.staff")) {
      portal.signInAs(user);
      // Chinese first: the choice is kept on the account, and other tests expect English
      for (String language : List.of("zh", "en")) {
        browser.findElement(By.id("langForm:" + language)).click();
        Browser.language(browser, language.equals("en") ? "en" : "zh-CN");
        List<String> addresses =
            browser.findElements(By.cssSelector("nav [data-menu]")).stream()
                .map(e -> e.getAttribute("href"))
                .filter(href -> href != null && href.endsWith(".xhtml"))
                .toList();
        assertThat(addresses).hasSizeGreaterThan(5);
        for (String address : addresses) {
          browser.get(address);
          Browser.until(browser, By.id("user-name"));
          pages++;
        }
      }
      browser.get(portal.url("app/licensing/deals.xhtml"));
      Browser.until(browser, By.id("user-name"));
      List<WebElement> deals = browser.findElements(By.cssSelector("a[href*='deal.xhtml?id=']"));
      assertThat(deals).isNotEmpty();
      browser.get(deals.get(0).getAttribute("href"));
      Browser.until(browser, By.id("user-name"));
      pages++;
    }
    assertThat(pages).isGreaterThan(20);
    assertThat(ServerLog.warningsSince(mark)).isEmpty();
  }

  /**
   * The boot warns only of what docs/deployment.md tells an operator to expect. Hibernate's note
   * that the persistence unit's Instant mapping is an incubating setting came at WARNING once per
   * mapped Instant attribute, 70 lines at every boot ({@code HibernateNotices} keeps it out),
   * Payara's reader of web.xml logged two blank warnings (AS-DEPLOYMENT-00015) each time it read a
   * cookie attribute it does not know, and the test servers started Payara's data grid, which
   * warned of a port taken by the server of the other test JVM (arquillian.xml). The whole boot
   * stays in Payara's log format, which the warning checks of the other tests read.
   */
  @Test
  void theBootWarnsOnlyOfWhatAnOperatorIsToldToExpect() {
    String log = ServerLog.all();
    assertThat(log).containsPattern("\\[levelValue: 800\\] ROOT was successfully deployed");
    assertThat(log).containsPattern("\\[levelValue: 800\\] Payara Micro .* ready in");
    assertThat(log).doesNotContain("HHH90006001");
    List<String> expected =
        List.of(
            // Payara's own trust store still holds a few certificate authorities past their date
            "NCLS-SECURITY-05054",
            // persistence.xml turns bytecode enhancement off, in settings Hibernate 6.6 deprecates
            "HHH90000029",
            // Payara reads the persistence unit once with a class loader it then drops
            "registered the JDBC driver",
            // a start without --rootdir (the README's and these tests'); production gives one
            "Runtime directory is located in a temporary file location");
    assertThat(ServerLog.bootWarnings())
        .filteredOn(warning -> expected.stream().noneMatch(warning::contains))
        .isEmpty();
  }

  /**
   * The busiest pages travel compressed: the page itself smaller on the wire than in the browser,
   * and with its scripts and styles under 400 KB (issue 16; the runnable jar's pre-boot file turns
   * compression on).
   */
  @Test
  void signedInPagesTravelCompressedUnderFourHundredKilobytes() {
    Map<String, Map<String, Object>> sizes =
        adminAsksEachPage(
            List.of(
                "app/talent/programmes.xhtml",
                "app/licensing/deals.xhtml",
                "app/dashboard.xhtml",
                "app/licensing/patents.xhtml"),
            "const n = performance.getEntriesByType('navigation')[0];"
                + "const r = performance.getEntriesByType('resource');"
                + "return {page: n.encodedBodySize, pageDecoded: n.decodedBodySize,"
                + " all: n.encodedBodySize + r.reduce((s, e) => s + e.encodedBodySize, 0)};");
    sizes.forEach(
        (page, size) -> {
          long onTheWire = ((Number) size.get("page")).longValue();
          long decoded = ((Number) size.get("pageDecoded")).longValue();
          assertThat(onTheWire).as(page + " compressed").isLessThan(decoded);
          assertThat(((Number) size.get("all")).longValue())
              .as(page + " with resources")
              .isLessThan(400_000);
        });
  }

  /**
   * Signs in as admin, opens each page and runs {@code script} in it once it has loaded: the
   * script's answer per page, in the order given.
   */
  private Map<String, Map<String, Object>> adminAsksEachPage(List<String> pages, String script) {
    portal.signInAs("admin");
    Map<String, Map<String, Object>> answers = new java.util.LinkedHashMap<>();
    for (String page : pages) {
      browser.get(portal.url(page));
      Browser.until(browser, By.id("user-name"));
      @SuppressWarnings("unchecked")
      Map<String, Object> answer = (Map<String, Object>) browser.executeScript(script);
      answers.put(page, answer);
    }
    return answers;
  }

  /**
   * No script holds up the first paint: PrimeFaces writes them at the end of the body, the files
   * deferred (issue 16, item 3: Lighthouse's render-blocking resources; decision 0114), and the
   * widgets still work once the page has loaded.
   */
  @Test
  void scriptsWaitUntilThePageIsParsed() {
    adminAsksEachPage(
            List.of(
                "app/licensing/deals.xhtml", "app/dashboard.xhtml", "app/talent/programmes.xhtml"),
            "return {inHead: document.head.querySelectorAll('script').length,"
                + " files: document.querySelectorAll('script[src]').length,"
                + " blocking: document.querySelectorAll('script[src]:not([defer])').length,"
                + " widgets: typeof PrimeFaces === 'object' && typeof PF === 'function'};")
        .forEach(
            (page, scripts) -> {
              assertThat(scripts.get("inHead")).as(page + ": scripts in the head").isEqualTo(0L);
              assertThat(((Number) scripts.get("files")).longValue()).as(page).isPositive();
              assertThat(scripts.get("blocking"))
                  .as(page + ": script files without defer")
                  .isEqualTo(0L);
              assertThat(scripts.get("widgets")).as(page + ": PrimeFaces ready").isEqualTo(true);
            });
  }

  private static final Set<String> STAFF = Set.of("ntu.staff", "scut.staff", "gkc.staff");
  private static final Set<String> EVERYONE =
      Set.of("admin", "ntu.staff", "scut.staff", "gkc.staff", "coordinator", "council", "auditor");

  /** The menu each role should see, entry by entry, as each module declares its pages. */
  private static Set<String> menuOf(String user) {
    Map<String, Set<String>> whoSees = new java.util.LinkedHashMap<>();
    // core and partners
    whoSees.put("menu-home", EVERYONE);
    whoSees.put("menu-partners", EVERYONE);
    whoSees.put("menu-account", EVERYONE);
    whoSees.put("menu-my-partner", STAFF);
    whoSees.put("menu-audit", Set.of("admin", "auditor"));
    whoSees.put("menu-users", Set.of("admin"));
    whoSees.put("menu-outbox", Set.of("admin"));
    whoSees.put("menu-apidocs", Set.of("admin"));
    whoSees.put("menu-webhooks", Set.of("admin"));
    // agreements and the council
    whoSees.put("menu-agreements", EVERYONE);
    whoSees.put("menu-council", Set.of("admin", "council", "auditor"));
    // institute records
    whoSees.put("menu-dashboard", Set.of("admin", "council", "auditor"));
    whoSees.put("menu-reports", Set.of("admin", "council", "auditor"));
    Set<String> projectReaders = new java.util.HashSet<>(STAFF);
    projectReaders.addAll(Set.of("admin", "council", "auditor"));
    whoSees.put("menu-projects", projectReaders);
    whoSees.put("menu-spin-offs", projectReaders);
    whoSees.put("menu-space", Set.of("admin", "council", "auditor"));
    // funding: partner staff see their own partner's commitments; rates are kept by admins
    whoSees.put("menu-funding", projectReaders);
    whoSees.put("menu-fx-rates", Set.of("admin"));
    // talent programmes
    whoSees.put("menu-programmes", EVERYONE);
    whoSees.put("menu-certificates", Set.of("admin", "coordinator"));
    // licensing
    Set<String> ipReaders = new java.util.HashSet<>(STAFF);
    ipReaders.addAll(Set.of("admin", "council", "auditor"));
    whoSees.put("menu-patents", ipReaders);
    whoSees.put("menu-deals", ipReaders);
    whoSees.put("menu-disclosures", ipReaders);
    Set<String> inbox = new java.util.HashSet<>(STAFF);
    inbox.add("admin");
    whoSees.put("menu-inbox", inbox);
    // royalty reports and invoices (decision 0101), approval policies (decision 0102)
    whoSees.put("menu-invoices", ipReaders);
    whoSees.put("menu-royaltyReviews", Set.of("admin"));
    whoSees.put("menu-approval-policy", Set.of("admin"));
    // distribution statements and policies (decision 0107)
    whoSees.put("menu-distribution", ipReaders);
    whoSees.put("menu-distribution-policy", Set.of("admin"));
    return whoSees.entrySet().stream()
        .filter(e -> e.getValue().contains(user))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  @Test
  void everyRoleSeesOnlyItsMenu() throws Exception {
    Map<String, Set<String>> expected =
        Map.of(
            "admin", menuOf("admin"),
            "ntu.staff", menuOf("ntu.staff"),
            "scut.staff", menuOf("scut.staff"),
            "gkc.staff", menuOf("gkc.staff"),
            "coordinator", menuOf("coordinator"),
            "council", menuOf("council"),
            "auditor", menuOf("auditor"));
    Map<String, String> homePanel =
        Map.of(
            "admin", "home-admin",
            "ntu.staff", "home-partner",
            "scut.staff", "home-partner",
            "gkc.staff", "home-partner",
            "coordinator", "home-coordinator",
            "council", "home-council",
            "auditor", "home-auditor");
    for (var entry : expected.entrySet()) {
      portal.signInAs(entry.getKey());
      assertThat(menu()).as(entry.getKey()).isEqualTo(entry.getValue());
      assertThat(browser.findElements(By.id(homePanel.get(entry.getKey()))))
          .as(entry.getKey())
          .hasSize(1);
      if (entry.getKey().equals("council")) {
        // the card shows what the funding records total, in both currencies, as the API does
        jakarta.json.JsonObject committed =
            Http.json(new Http(base).get("api/v1/funding", new Http(base).tokenFor("council")))
                .getJsonObject("totals")
                .getJsonObject("committed");
        for (String currency : List.of("sgd", "cny")) {
          jakarta.json.JsonObject figure = committed.getJsonObject(currency);
          String card = browser.findElement(By.id("funding-" + currency)).getText();
          String note = browser.findElement(By.id("funding-" + currency + "-note")).getText();
          if (!figure.containsKey("amount") || figure.isNull("amount")) {
            // a commitment without any exchange rate: no partial sum, and the day it lacks
            assertThat(card).isEqualTo("—");
            assertThat(note).contains(figure.getString("noRateOn"));
          } else {
            assertThat(card)
                .isEqualTo(figure.getString("formatted"))
                .startsWith(currency.toUpperCase(java.util.Locale.ROOT) + " ");
          }
        }
        Browser.screenshot(browser, "05-council-home");
      }
      if (entry.getKey().equals("ntu.staff")) {
        assertThat(browser.findElement(By.id("own-partner")).getText())
            .isEqualTo("Nanyang Technological University, Singapore");
      }
      signOut();
    }
  }

  @Test
  void pagesOutsideTheRoleAreForbidden() {
    portal.signInAs("coordinator");

    browser.get(portal.url("app/audit/trail.xhtml"));

    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("403");
  }

  /** The last time step whose code was sent: the server takes each step once. */
  private long lastStep;

  /** The code an authenticator app would show, computed here from the secret (RFC 6238). */
  private String nextCode(String secret) throws Exception {
    // the server accepts the step before and the step after the current one and each step once:
    // start a step back (unless that step is about to leave the window) so that three codes in a
    // row need no wait for the clock
    long seconds = System.currentTimeMillis() / 1000;
    long now = Math.floorDiv(seconds, 30);
    long earliest = 30 - Math.floorMod(seconds, 30) < 5 ? now : now - 1;
    long step = Math.max(earliest, lastStep + 1);
    while (step > Math.floorDiv(System.currentTimeMillis() / 1000, 30) + 1) {
      Thread.sleep(200); // one step ahead at most: wait for the clock
    }
    lastStep = step;
    return new dev.samstevens.totp.code.DefaultCodeGenerator().generate(secret, step);
  }

  @Test
  void aUserTurnsOnTwoStepSignInAndThenSignsInWithACodeInThePortalAndTheApi() throws Exception {
    String username = Database.freshAccount("mfa.ui", "COUNCIL", "mfa-probe@example.test");
    portal.signInAs(username);
    browser.get(portal.url("app/account.xhtml"));
    Browser.until(browser, By.id("mfa:begin"));
    browser.findElement(By.id("mfa:begin")).click();
    Browser.until(browser, By.id("mfa-secret"));
    String secret = browser.findElement(By.id("mfa-secret")).getText().trim();
    assertThat(secret).matches("[A-Z2-7]{32}");
    assertThat(browser.findElement(By.id("mfa-uri")).getText())
        .startsWith("otpauth://totp/")
        .contains("secret=" + secret);
    Browser.screenshot(browser, "69-mfa-enrolment");
    browser.findElement(By.id("mfaConfirm:code")).sendKeys(nextCode(secret));
    browser.findElement(By.id("mfaConfirm:confirm")).click();
    Browser.until(browser, By.id("mfaDisable:code"));
    assertThat(browser.getPageSource()).as("the secret is not shown again").doesNotContain(secret);
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'MFA_ENABLED' AND entity_id = ?",
                username))
        .isEqualTo("1");
    signOut();

    portal.signIn(username, Deployments.DEMO_PASSWORD);
    Browser.until(browser, By.id("code:otp"));
    assertThat(browser.findElements(By.id("user-name")))
        .as("not signed in by the password alone")
        .isEmpty();
    Browser.screenshot(browser, "70-sign-in-code");
    browser.findElement(By.id("code:otp")).sendKeys("000000");
    browser.findElement(By.id("code:verify")).click();
    Browser.until(browser, By.cssSelector("#code\\:codeMessages .msg-error"));
    browser.findElement(By.id("code:otp")).clear();
    browser.findElement(By.id("code:otp")).sendKeys(nextCode(secret));
    browser.findElement(By.id("code:verify")).click();
    Browser.until(browser, By.id("user-name"));

    Http http = new Http(base);
    HttpResponse<String> withoutCode = http.token(username, Deployments.DEMO_PASSWORD);
    assertThat(withoutCode.statusCode()).isEqualTo(401);
    assertThat(withoutCode.body()).contains("otp");
    HttpResponse<String> withCode =
        http.token(username, Deployments.DEMO_PASSWORD, nextCode(secret));
    assertThat(withCode.statusCode()).as(withCode.body()).isEqualTo(200);

    // the device is lost: an admin removes the second factor, and the password alone signs in again
    String id = Database.string("SELECT id FROM core_user_account WHERE username = ?", username);
    assertThat(
            http.json("DELETE", "api/v1/users/" + id + "/mfa", http.tokenFor("admin"), null)
                .statusCode())
        .isEqualTo(204);
    assertThat(http.token(username, Deployments.DEMO_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'MFA_RESET' AND entity_id = ?",
                username))
        .isEqualTo("1");
  }

  @Test
  void wrongPasswordShowsOneMessageThatRevealsNothing() {
    portal.signIn("admin", "certainly-not-it");
    Browser.until(browser, By.cssSelector("#login\\:messages .msg-error"));
    String wrongPassword = browser.findElement(By.id("login:messages")).getText();

    portal.signIn("no-such-user", "certainly-not-it");
    Browser.until(browser, By.cssSelector("#login\\:messages .msg-error"));
    String unknownUser = browser.findElement(By.id("login:messages")).getText();

    assertThat(wrongPassword).contains("locked for 15 minutes").isEqualTo(unknownUser);
  }

  @Test
  void emptyFieldsAreMarkedBesideTheField() {
    browser.get(portal.url("login.xhtml"));
    Browser.until(browser, By.id("login:submit"));
    // the message's place is on the page before the submit: wait for the answer's page
    Browser.clickToNewPage(browser, By.id("login:submit"));

    Browser.until(browser, By.id("login:usernameMsg"));
    assertThat(browser.findElement(By.id("login:usernameMsg")).getText()).isNotBlank();
  }

  @Test
  void fiveFailedSignInsLockTheAccountForFifteenMinutes() throws Exception {
    String username = Database.freshAccount("lock.ui", "COUNCIL", "ui-probe@example.test");
    for (int i = 0; i < 5; i++) {
      portal.signIn(username, "wrong-password-" + i);
      Browser.until(browser, By.cssSelector("#login\\:messages .msg-error"));
    }

    portal.signIn(username, Deployments.DEMO_PASSWORD);

    Browser.until(browser, By.cssSelector("#login\\:messages .msg-error"));
    assertThat(browser.findElements(By.id("user-name"))).isEmpty();
    assertThat(browser.findElement(By.id("login:messages")).getText()).contains("15 minutes");
  }

  @Test
  void signInChangesTheSessionIdAndSignOutEndsTheSession() {
    browser.get(portal.url("login.xhtml"));
    Browser.until(browser, By.id("login:username"));
    Cookie before = browser.manage().getCookieNamed("JSESSIONID");

    portal.signInAs("council");
    Cookie during = browser.manage().getCookieNamed("JSESSIONID");
    assertThat(during.getValue()).isNotEqualTo(before.getValue());
    assertThat(during.isHttpOnly()).isTrue();

    signOut();
    browser.get(portal.url("app/home.xhtml"));

    Browser.until(browser, By.id("login:username"));
    assertThat(browser.getCurrentUrl()).contains("login.xhtml");
  }

  @Test
  void aProtectedPageLeadsToSignInAndThenBackToThatPage() {
    browser.get(portal.url("app/partners.xhtml"));
    Browser.until(browser, By.id("login:username"));

    browser.findElement(By.id("login:username")).sendKeys("scut.staff");
    browser.findElement(By.id("login:password")).sendKeys(Deployments.DEMO_PASSWORD, Keys.ENTER);

    Browser.until(browser, By.id("partners"));
    assertThat(browser.getCurrentUrl()).contains("partners.xhtml");
    assertThat(browser.findElement(By.id("partners")).getText()).contains("华南理工大学");
  }

  @Test
  void auditorFiltersTheTrailAndVerifiesTheChain() throws Exception {
    portal.signInAs("auditor");
    browser.get(portal.url("app/audit/trail.xhtml"));
    Browser.until(browser, By.id("audit:actor"));

    browser.findElement(By.id("audit:entityType")).sendKeys("Partner");
    browser.findElement(By.id("audit:filter")).click();
    Browser.until(browser, By.id("audit:entries"));
    List<WebElement> rows = browser.findElements(By.cssSelector("#audit\\:entries_data tr"));
    assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("Partner"));

    browser.findElement(By.id("audit:verify")).click();
    Browser.until(browser, By.cssSelector("#messages .msg-info"));
    String verdict = browser.findElement(By.id("messages")).getText();
    assertThat(verdict).startsWith("Intact");
    Browser.screenshot(browser, "04-audit-trail");

    // the home page shows that verification as it was kept, without walking the chain again
    browser.get(portal.url("app/home.xhtml"));
    Browser.until(browser, By.id("chain-checked"));
    assertThat(browser.findElement(By.id("chain-state")).getText()).isEqualTo(verdict.strip());
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    assertThat(browser.findElement(By.id("chain-checked")).getText())
        .startsWith("Last checked " + today)
        .endsWith(
            "by "
                + Database.string(
                    "SELECT display_name FROM core_user_account WHERE username = 'auditor'")
                + ".");
  }

  @Test
  void partnerDirectoryShowsBilingualNames() {
    portal.signInAs("gkc.staff");
    browser.get(portal.url("app/partners.xhtml"));
    Browser.until(browser, By.id("partners"));

    String table = browser.findElement(By.id("partners")).getText();

    assertThat(table).contains("Nanyang Technological University", "新加坡南洋理工大学", "重庆市渝北区人民政府");
    Browser.screenshot(browser, "06-partners");
  }

  @Test
  void keyboardAloneCanSignIn() {
    browser.get(portal.url("login.xhtml"));
    Browser.until(browser, By.id("login:username"));
    assertThat(browser.findElements(By.cssSelector("label[for='login:username']"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("label[for='login:password']"))).hasSize(1);

    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.getAttribute("id")).isEqualTo("login:username");
    focused.sendKeys("coordinator", Keys.TAB);
    browser.switchTo().activeElement().sendKeys(Deployments.DEMO_PASSWORD, Keys.ENTER);

    Browser.until(browser, By.id("home-coordinator"));
  }

  @Test
  void anAdminInvitesAUserInThePortalWhoChoosesAPasswordAndSignsInInChinese() throws Exception {
    portal.signInAs("admin");
    browser.findElement(By.cssSelector("[data-menu='menu-users']")).click();
    Browser.until(browser, By.id("userTable"));
    Browser.screenshot(browser, "07-users");
    browser.findElement(By.id("inviteLink")).click();
    Browser.until(browser, By.id("invite:username"));

    // a first try without a partner for partner staff is refused beside the field
    String username = "chen." + Long.toString(System.nanoTime(), 36);
    String email = username + "@scut.example";
    browser.findElement(By.id("invite:username")).sendKeys(username);
    browser.findElement(By.id("invite:displayName")).sendKeys("陈晓 Chen Xiao");
    browser.findElement(By.id("invite:email")).sendKeys(email);
    new Select(browser.findElement(By.id("invite:language"))).selectByValue("zh-CN");
    browser
        .findElement(By.cssSelector("input[name='invite:roles'][value='PARTNER_STAFF']"))
        .click();
    browser.findElement(By.id("invite:send")).click();
    Browser.until(browser, By.cssSelector("#invite .field-error"));
    assertThat(browser.findElement(By.id("invite")).getText()).contains("choose one");

    new Select(browser.findElement(By.id("invite:partner")))
        .selectByVisibleText("SCUT · South China University of Technology");
    browser.findElement(By.id("invite:send")).click();
    Browser.until(browser, By.id("user-status"));
    assertThat(browser.findElement(By.id("messages")).getText())
        .contains("Invitation sent to " + username);
    assertThat(browser.findElement(By.id("user-status")).getText()).contains("Invited");
    signOut();

    String token = Mailbox.linkToken(mail.awaitMailTo(email, java.time.Duration.ofSeconds(30)));
    browser.get(portal.url("set-password.xhtml?token=" + token));
    Browser.until(browser, By.id("setPassword:password"));
    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    browser.findElement(By.id("setPassword:password")).sendKeys("知识城 research 2026");
    browser.findElement(By.id("setPassword:confirmation")).sendKeys("知识城 research 2026");
    browser.findElement(By.id("setPassword:submit")).click();
    Browser.until(browser, By.id("login:username"));
    assertThat(browser.findElement(By.id("login:messages")).getText()).contains("密码已设置");

    portal.signIn(username, "知识城 research 2026");
    Browser.until(browser, By.id("user-name"));
    Browser.language(browser, "zh-CN");
    assertThat(browser.findElement(By.id("user-name")).getText()).isEqualTo("陈晓 Chen Xiao");
    assertThat(menu()).contains("menu-my-partner");
    browser.findElement(By.cssSelector("[data-menu='menu-my-partner']")).click();
    Browser.until(browser, By.id("partner-name-zh"));
    assertThat(browser.findElement(By.id("partner-name-zh")).getText()).isEqualTo("华南理工大学");
    assertThat(browser.findElement(By.id("staff")).getText()).contains(username, "scut.staff");
    Browser.screenshot(browser, "08-my-partner-zh");
  }

  @Test
  void theSetPasswordPageRefusesAnUnknownLinkBesideNothingButSaysWhy() {
    browser.get(portal.url("set-password.xhtml?token=not-a-real-token"));
    Browser.until(browser, By.id("setPassword:password"));
    browser.findElement(By.id("setPassword:password")).sendKeys("long enough password");
    browser.findElement(By.id("setPassword:confirmation")).sendKeys("long enough password");
    browser.findElement(By.id("setPassword:submit")).click();
    Browser.until(browser, By.cssSelector(".msg-error, .field-error"));
    assertThat(browser.getPageSource()).contains("This link is not valid");
  }

  @Test
  void anAdminRenamesAPartnerAndAStaleEditIsRefusedNotMerged() throws Exception {
    portal.signInAs("admin");
    browser.get(portal.url("app/partners.xhtml"));
    Browser.until(browser, By.id("partners"));
    new Select(browser.findElement(By.id("role"))).selectByValue("INDUSTRY_PARTNER");
    browser.findElement(By.id("search")).click();
    Browser.waitFor(browser)
        .until(d -> !d.findElement(By.id("partners")).getText().contains("NTU"));
    assertThat(browser.findElement(By.id("partners")).getText())
        .contains("SHUZHI", "NANNENG", "JIYIN");
    browser.findElement(By.linkText("NANNENG")).click();
    Browser.until(browser, By.id("edit:nameEn"));

    // meanwhile, another admin changes the same partner through the API
    Http http = new Http(base);
    String admin = http.tokenFor("admin");
    String id = browser.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
    long version =
        Http.json(http.get("api/v1/partners/" + id, admin)).getJsonNumber("version").longValue();
    assertThat(
            http.json(
                    "PATCH",
                    "api/v1/partners/" + id,
                    admin,
                    "{\"version\":" + version + ",\"city\":\"Dongguan\"}")
                .statusCode())
        .isEqualTo(200);

    WebElement city = browser.findElement(By.id("edit:city"));
    city.clear();
    city.sendKeys("Zhuhai");
    browser.findElement(By.id("edit:save")).click();
    Browser.until(browser, By.cssSelector("#messages .msg-error"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("Someone else changed");
    assertThat(
            Http.json(http.get("api/v1/partners/" + id, admin))
                .getJsonObject("partner")
                .getString("city"))
        .isEqualTo("Dongguan");

    // the reload is a new page: wait until the old form is gone before typing into the new one
    Browser.clickToNewPage(browser, By.id("edit:reload"));
    Browser.until(browser, By.id("edit:nameEn"));
    WebElement name = browser.findElement(By.id("edit:nameEn"));
    name.clear();
    name.sendKeys("Guangzhou Nanneng Energy Group Co., Ltd");
    browser.findElement(By.id("edit:renamedOn")).sendKeys("2026-01-01");
    browser.findElement(By.id("edit:save")).click();
    Browser.until(browser, By.cssSelector("#messages .msg-info"));
    assertThat(browser.findElement(By.id("names")).getText())
        .contains(
            "Guangzhou Nanneng Smart Energy Co., Ltd",
            "Guangzhou Nanneng Energy Group Co., Ltd",
            "2026-01-01");
    Browser.screenshot(browser, "09-partner-profile");
  }
}
