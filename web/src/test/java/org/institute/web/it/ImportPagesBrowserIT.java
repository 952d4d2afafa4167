package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * The import pages (issue 21, decision 0100) in a real headless Chromium: a patent file chosen once
 * and kept across a refusal, the preview with the action and reasons per record, the confirmed
 * import shown after its redirect; a reader of Chinese sees the reasons in Chinese and the imported
 * Chinese title; publications imported into a project; an investigator's ORCID iD on the new
 * project form. Every run makes its own numbers and DOIs.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class ImportPagesBrowserIT {

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
    files = Files.createTempDirectory("institute-imports");
  }

  private static Path file(String name, String content) throws IOException {
    return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
  }

  private List<String> outcomes(String table) {
    return browser.findElements(By.cssSelector("#" + table + " [data-outcome]")).stream()
        .map(e -> e.getAttribute("data-outcome"))
        .toList();
  }

  /** Scrolls the preview's heading to the top, so that the screenshot shows the table. */
  private void showPreview() {
    browser.executeScript("document.getElementById('preview-heading').scrollIntoView()");
  }

  private void confirmYes() {
    Browser.waitFor(browser)
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")));
    browser.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
  }

  @Test
  void aPatentFileIsKeptAcrossARefusalPreviewedAndImportedOnConfirmation() throws Exception {
    String run = PatentImportIT.run();
    Path xml = file("office-" + run + ".xml", PatentImportIT.mixed(run));
    portal.signInAs("admin");
    portal.open("app/licensing/patents.xhtml");
    Browser.clickToNewPage(browser, By.id("importLink"));
    Browser.until(browser, By.id("patentImport:preview"));

    // the admin belongs to no partner: the owner must be chosen; the file is kept meanwhile
    browser.findElement(By.id("patentImport:file")).sendKeys(xml.toAbsolutePath().toString());
    Browser.clickToNewPage(browser, By.id("patentImport:preview"));
    Browser.until(browser, By.id("patentImport:ownerMsg"));
    assertThat(browser.findElement(By.id("patentImport:ownerMsg")).getText())
        .isEqualTo("This field is required.");
    assertThat(browser.findElement(By.id("patentImport:file-keptFile")).getText())
        .contains("office-" + run + ".xml");
    assertThat(browser.findElements(By.id("previewLines"))).isEmpty();

    new Select(browser.findElement(By.id("patentImport:owner")))
        .selectByVisibleText("SCUT · South China University of Technology");
    Browser.clickToNewPage(browser, By.id("patentImport:preview"));
    Browser.until(browser, By.id("previewLines"));
    assertThat(outcomes("previewLines"))
        .containsExactly("CREATE", "MERGE", "CREATE", "REFUSED", "REFUSED", "REFUSED");
    String preview = browser.findElement(By.id("previewLines")).getText();
    assertThat(preview)
        .contains("This record names no application (application-reference).")
        .contains("The register does not keep applications at this office.")
        .doesNotContain("licensing.import.");
    assertThat(browser.findElement(By.id("previewLines-counts")).getText())
        .isEqualTo("2 new families, 1 added to recorded families, 0 recorded already, 3 refused.");
    showPreview();
    Browser.screenshot(browser, "88-patent-import-preview");
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM lic_patent_family WHERE reference LIKE ?", "%" + run + "%"))
        .isEqualTo("0");

    WebElement old = browser.findElement(By.tagName("html"));
    browser.findElement(By.id("patentImport:commit")).click();
    confirmYes();
    Browser.waitFor(browser).until(ExpectedConditions.stalenessOf(old));
    Browser.until(browser, By.id("resultLines"));
    assertThat(browser.getCurrentUrl()).contains("result=IMP-");
    assertThat(browser.findElement(By.id("resultLines-counts")).getText())
        .startsWith("2 new families, 1 added");
    Browser.screenshot(browser, "89-patent-import-done");
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM lic_patent_family WHERE reference LIKE ?", "%" + run + "%"))
        .isEqualTo("2");

    // reload: the result again, nothing imported twice
    browser.navigate().refresh();
    Browser.until(browser, By.id("resultLines"));
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM lic_patent_family WHERE reference LIKE ?", "%" + run + "%"))
        .isEqualTo("2");
  }

  @Test
  void aReaderOfChineseSeesTheReasonsAndTheImportedTitleInChinese() throws Exception {
    String run = PatentImportIT.run();
    Path csv =
        file(
            "patents-" + run + ".csv",
            "priority_office,priority_number,priority_date,office,application_number,filing_date,"
                + "publication_number,grant_number,status,title,title_lang,title_zh\n"
                + "CN,2023"
                + run
                + ".1,2023-03-01,CN,2023"
                + run
                + ".1,2023-03-01,,,FILED,Flexible perovskite cell "
                + run
                + ",en,柔性钙钛矿电池 "
                + run
                + "\n"
                + ",,,XY,1,2023-03-02,,,FILED,Unknown office,en,\n");
    portal.signInAs("ntu.staff");
    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    try {
      portal.open("app/licensing/patent-import.xhtml");
      Browser.until(browser, By.id("patentImport:preview"));
      browser.findElement(By.id("patentImport:file")).sendKeys(csv.toAbsolutePath().toString());
      Browser.clickToNewPage(browser, By.id("patentImport:preview"));
      Browser.until(browser, By.id("previewLines"));
      assertThat(outcomes("previewLines")).containsExactly("CREATE", "REFUSED");
      assertThat(browser.findElement(By.id("previewLines")).getText())
          .contains("这不是 WIPO ST.3 的局代码。")
          .contains("柔性钙钛矿电池 " + run);
      showPreview();
      Browser.screenshot(browser, "90-patent-import-preview-zh");

      WebElement old = browser.findElement(By.tagName("html"));
      browser.findElement(By.id("patentImport:commit")).click();
      confirmYes();
      Browser.waitFor(browser).until(ExpectedConditions.stalenessOf(old));
      Browser.until(browser, By.id("resultLines"));

      String family =
          Database.string(
              "SELECT id FROM lic_patent_family WHERE reference = ?", "CN2023" + run + ".1");
      portal.open("app/licensing/family.xhtml?id=" + family);
      Browser.until(browser, By.id("family-title"));
      WebElement title = browser.findElement(By.id("family-title"));
      assertThat(title.getText()).isEqualTo("柔性钙钛矿电池 " + run);
      assertThat(title.getAttribute("lang")).isEqualTo("zh");
    } finally {
      browser.findElement(By.id("langForm:en")).click();
      Browser.language(browser, "en");
    }
  }

  @Test
  void publicationsAreImportedIntoAProjectFromItsPage() throws Exception {
    String run = PatentImportIT.run();
    Path bib =
        file(
            "papers-" + run + ".bib",
            """
            @article{a%1$s,
              author = {Lee, Wei and Wu, Jing},
              title = {Short-Term Load Forecasting at the Smart Park},
              journal = {IEEE Transactions on Power Systems},
              year = {2021},
              doi = {10.1109/PAGE.%1$s.1}
            }
            @article{nodoi%1$s,
              author = {Lim, Boon},
              title = {A paper without a DOI},
              journal = {Energy Reports},
              year = {2021}
            }
            """
                .formatted(run));
    String project = Database.string("SELECT MIN(id) FROM rec_project");
    portal.signInAs("admin");
    portal.open("app/records/project.xhtml?id=" + project);
    Browser.clickToNewPage(browser, By.id("importPublications"));
    Browser.until(browser, By.id("publicationImport:preview"));
    assertThat(
            new Select(browser.findElement(By.id("publicationImport:project")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo(project);

    browser.findElement(By.id("publicationImport:file")).sendKeys(bib.toAbsolutePath().toString());
    Browser.clickToNewPage(browser, By.id("publicationImport:preview"));
    Browser.until(browser, By.id("previewLines"));
    assertThat(outcomes("previewLines")).containsExactly("CREATE", "REFUSED");
    showPreview();
    Browser.screenshot(browser, "87-publication-import-preview");

    WebElement old = browser.findElement(By.tagName("html"));
    browser.findElement(By.id("publicationImport:commit")).click();
    confirmYes();
    Browser.waitFor(browser).until(ExpectedConditions.stalenessOf(old));
    Browser.until(browser, By.id("resultLines"));
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM rec_publication WHERE doi = ?", "10.1109/page." + run + ".1"))
        .isEqualTo("1");
  }

  @Test
  void anInvalidOrcidIdIsShownBesideItsFieldOnTheNewProjectForm() {
    portal.signInAs("admin");
    portal.open("app/records/project-new.xhtml");
    Browser.until(browser, By.id("newProject:investigatorOrcid"));
    browser.findElement(By.id("newProject:investigator")).sendKeys("Prof. Carberry");
    browser.findElement(By.id("newProject:investigatorOrcid")).sendKeys("0000-0002-1825-0098");

    Browser.clickToNewPage(browser, By.cssSelector("#newProject input[type=submit]"));

    Browser.until(browser, By.cssSelector("#newProject .field-error"));
    assertThat(browser.findElement(By.id("newProject")).getText())
        .contains("Enter an ORCID iD such as 0000-0002-1825-0097");
    assertThat(browser.findElement(By.id("newProject:investigatorOrcid")).getAttribute("value"))
        .isEqualTo("0000-0002-1825-0098");
  }

  /**
   * Waits, up to two minutes, for a page that a large import loads (Browser's usual wait is 20 s),
   * with Browser's rule for a page replaced while it looks (Chromium may answer "does not belong to
   * the document" for the old page's node before it answers "stale").
   */
  private void untilLoaded(WebElement old, By element) {
    Browser.waitFor(browser, Duration.ofMinutes(2)).until(ExpectedConditions.stalenessOf(old));
    Browser.waitFor(browser, Duration.ofMinutes(2))
        .until(ExpectedConditions.presenceOfElementLocated(element));
  }

  /** Chooses the file and previews it; the upload's bar has reached 100 % on the way. */
  private long previewLarge(String form, Path file) {
    browser.executeScript("sessionStorage.removeItem('institute.import.uploaded')");
    browser.findElement(By.id(form + ":file")).sendKeys(file.toAbsolutePath().toString());
    WebElement old = browser.findElement(By.tagName("html"));
    long start = System.nanoTime();
    browser.findElement(By.id(form + ":preview")).click();
    untilLoaded(old, By.id("previewLines"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(browser.executeScript("return sessionStorage.getItem('institute.import.uploaded')"))
        .as("the file went up through the progress bar")
        .isEqualTo("100");
    assertThat(browser.findElements(By.id(form + ":file-keptFile"))).hasSize(1);
    return millis;
  }

  /** Confirms the import; the page says it is working until the result replaces it. */
  private long commitLarge(String form) {
    WebElement old = browser.findElement(By.tagName("html"));
    long start = System.nanoTime();
    browser.findElement(By.id(form + ":commit")).click();
    confirmYes();
    untilLoaded(old, By.id("resultLines"));
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void aThousandEntryBibtexFileGoesUpWithProgressAndIsImportedThroughThePage() throws Exception {
    String run = PatentImportIT.run();
    StringBuilder bib = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      bib.append(
          """
          @article{k%2$d,
            author = {Lee, Wei and Wu, Jing and M{\\"u}ller, Anna},
            title = {Load forecasting through the page, part %2$d},
            journal = {Energy Reports},
            year = {2021},
            doi = {10.1016/page.%1$s.%2$d}
          }
          """
              .formatted(run, i));
    }
    Path file = file("bench-" + run + ".bib", bib.toString());
    String project = Database.string("SELECT MIN(id) FROM rec_project");
    portal.signInAs("admin");
    portal.open("app/records/publication-import.xhtml?project=" + project);
    Browser.until(browser, By.id("publicationImport:preview"));

    long preview = previewLarge("publicationImport", file);
    assertThat(browser.findElement(By.id("previewLines-counts")).getText())
        .isEqualTo("1,000 new publications, 0 recorded already, 0 refused.");
    long commit = commitLarge("publicationImport");
    System.out.printf(
        "Publication import page: 1,000 BibTeX entries (%d KB) previewed in %d ms, imported in %d"
            + " ms%n",
        Files.size(file) / 1024, preview, commit);
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM rec_publication WHERE doi LIKE ?",
                "10.1016/page." + run + ".%"))
        .isEqualTo("1000");
  }

  @Test
  void fiveHundredSt36RecordsGoUpWithProgressAndAreImportedThroughThePage() throws Exception {
    String run = PatentImportIT.run();
    String[] documents = new String[500];
    for (int i = 0; i < 500; i++) {
      documents[i] =
          PatentImportIT.document(
              "CN",
              run + "." + i,
              "20200901",
              "A",
              "2" + run + i,
              null,
              "<invention-title lang=\"zh\">储能材料 "
                  + i
                  + "</invention-title><invention-title lang=\"en\">Energy storage material "
                  + i
                  + "</invention-title>");
    }
    Path file = file("bench-" + run + ".xml", PatentImportIT.file(documents));
    portal.signInAs("admin");
    portal.open("app/licensing/patent-import.xhtml");
    Browser.until(browser, By.id("patentImport:preview"));
    new Select(browser.findElement(By.id("patentImport:owner")))
        .selectByVisibleText("SCUT · South China University of Technology");

    long preview = previewLarge("patentImport", file);
    assertThat(browser.findElement(By.id("previewLines-counts")).getText())
        .startsWith("500 new families, 0 added");
    long commit = commitLarge("patentImport");
    System.out.printf(
        "Patent import page: 500 ST.36 records (%d KB) previewed in %d ms, imported in %d ms%n",
        Files.size(file) / 1024, preview, commit);
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM lic_patent_family WHERE reference LIKE ?", "%" + run + ".%"))
        .isEqualTo("500");
  }
}
