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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The publication form's "Add by DOI" (issue 21) in a real headless Chromium, against the tests'
 * local stand-in for Crossref ({@link DoiService}): the form is filled in from the DOI, saved,
 * shown after its redirect and once only after a reload, in English and in Chinese; a DOI recorded
 * already is refused beside the field with a link to the recorded publication, and what was typed
 * stays. Every run makes its own DOIs.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class PublicationFormBrowserIT {

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

  private static String run() {
    return PatentImportIT.run();
  }

  private String value(String id) {
    return browser.findElement(By.id(id)).getAttribute("value");
  }

  private void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static String count(String doi) throws Exception {
    return Database.string("SELECT COUNT(*) FROM rec_publication WHERE doi = ?", doi);
  }

  /** Opens the form for a new publication of the first project, as its project page links it. */
  private String openFormOfAProject() throws Exception {
    String project = Database.string("SELECT MIN(id) FROM rec_project");
    portal.open("app/records/project.xhtml?id=" + project);
    Browser.clickToNewPage(browser, By.id("addPublication"));
    Browser.until(browser, By.id("publicationForm:lookUp"));
    assertThat(
            new Select(browser.findElement(By.id("publicationForm:project")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo(project);
    return project;
  }

  @Test
  void aPaperIsAddedByItsDoiSavedAndShownOnce() throws Exception {
    String run = run();
    String doi = "10.1109/tpwrs.2021." + run;
    DoiService.running()
        .knows(
            doi,
            DoiService.article(
                doi,
                "Short-term load forecasting at the Smart Park " + run,
                "en",
                "IEEE Transactions on Power Systems",
                2021,
                "Lee",
                "Wei",
                "Wu",
                "Jing"));
    portal.signInAs("admin");
    openFormOfAProject();

    type("publicationForm:doi", "https://doi.org/" + doi.toUpperCase());
    Browser.clickToNewPage(browser, By.id("publicationForm:lookUp"));
    Browser.until(browser, By.id("publicationForm:title"));

    assertThat(value("publicationForm:doi")).isEqualTo(doi);
    assertThat(value("publicationForm:title"))
        .isEqualTo("Short-term load forecasting at the Smart Park " + run);
    assertThat(value("publicationForm:journal")).isEqualTo("IEEE Transactions on Power Systems");
    assertThat(value("publicationForm:year")).isEqualTo("2021");
    assertThat(value("publicationForm:authors")).isEqualTo("Lee, Wei; Wu, Jing");
    assertThat(count(doi)).isEqualTo("0");
    Browser.screenshot(browser, "100-publication-add-by-doi");

    Browser.clickToNewPage(browser, By.id("publicationForm:save"));
    Browser.until(browser, By.id("publication-title"));
    assertThat(browser.getCurrentUrl()).contains("publication.xhtml?id=");
    assertThat(browser.findElement(By.id("publication-title")).getText())
        .isEqualTo("Short-term load forecasting at the Smart Park " + run);
    assertThat(browser.findElement(By.id("publication-doi")).getText()).isEqualTo(doi);

    browser.navigate().refresh();
    Browser.until(browser, By.id("publication-title"));
    assertThat(count(doi)).isEqualTo("1");
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'PUBLICATION_RECORDED'"
                    + " AND summary LIKE ?",
                "%" + doi + "%"))
        .isEqualTo("1");
  }

  @Test
  void aReaderOfChineseAddsAChinesePaperByItsDoi() throws Exception {
    String run = run();
    String doi = "10.12141/j.issn.1000-565x." + run;
    DoiService.running()
        .knows(
            doi,
            DoiService.article(
                doi, "固态电解质的界面稳定性研究 " + run, "zh", "华南理工大学学报", 2022, "陈", "明", "Tan", "Kiat Hong"));
    portal.signInAs("admin");
    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    try {
      openFormOfAProject();
      type("publicationForm:doi", doi);
      Browser.clickToNewPage(browser, By.id("publicationForm:lookUp"));
      Browser.until(browser, By.id("publicationForm:titleZh"));

      assertThat(value("publicationForm:titleZh")).isEqualTo("固态电解质的界面稳定性研究 " + run);
      assertThat(value("publicationForm:title")).isEmpty();
      assertThat(value("publicationForm:journal")).isEqualTo("华南理工大学学报");
      Browser.screenshot(browser, "101-publication-add-by-doi-zh");

      Browser.clickToNewPage(browser, By.id("publicationForm:save"));
      Browser.until(browser, By.id("publication-title"));
      WebElement title = browser.findElement(By.id("publication-title"));
      assertThat(title.getText()).isEqualTo("固态电解质的界面稳定性研究 " + run);
      assertThat(title.getAttribute("lang")).isEqualTo("zh");

      browser.navigate().refresh();
      Browser.until(browser, By.id("publication-title"));
      assertThat(count(doi)).isEqualTo("1");
      assertThat(Database.string("SELECT title_lang FROM rec_publication WHERE doi = ?", doi))
          .isEqualTo("zh");
    } finally {
      browser.findElement(By.id("langForm:en")).click();
      Browser.language(browser, "en");
    }
  }

  @Test
  void aDoiRecordedAlreadyIsRefusedBesideTheFieldWithALinkAndNothingTypedIsLost() throws Exception {
    String run = run();
    String doi = "10.1016/j.egyr.2021." + run;
    DoiService.running()
        .knows(doi, DoiService.article(doi, "Recorded paper " + run, "en", "Energy Reports", 2021));
    portal.signInAs("admin");
    openFormOfAProject();
    // recorded once by hand, typed into the form
    type("publicationForm:doi", doi);
    type("publicationForm:title", "Recorded paper " + run);
    type("publicationForm:journal", "Energy Reports");
    type("publicationForm:year", "2021");
    type("publicationForm:authors", "Lim, Boon");
    Browser.clickToNewPage(browser, By.id("publicationForm:save"));
    Browser.until(browser, By.id("publication-title"));
    String recorded = browser.getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1");

    openFormOfAProject();
    type("publicationForm:doi", "doi:" + doi);
    type("publicationForm:title", "A title typed before the lookup");
    Browser.clickToNewPage(browser, By.id("publicationForm:lookUp"));
    Browser.until(browser, By.id("publicationForm:doiMsg"));

    assertThat(browser.findElement(By.id("publicationForm:doiMsg")).getText())
        .isEqualTo("A publication with this DOI is recorded already.");
    assertThat(value("publicationForm:title")).isEqualTo("A title typed before the lookup");
    WebElement link = browser.findElement(By.id("publicationForm:existingPublication"));
    assertThat(link.getAttribute("href")).endsWith("publication.xhtml?id=" + recorded);

    // saving it anyway is refused the same way, every other problem shown at once
    Browser.clickToNewPage(browser, By.id("publicationForm:save"));
    Browser.until(browser, By.id("publicationForm:doiMsg"));
    assertThat(browser.findElement(By.id("publicationForm:doiMsg")).getText())
        .isEqualTo("A publication with this DOI is recorded already.");
    assertThat(browser.findElement(By.id("publicationForm")).getText())
        .contains("This field is required.");
    assertThat(value("publicationForm:title")).isEqualTo("A title typed before the lookup");
    assertThat(browser.findElements(By.id("publicationForm:existingPublication"))).hasSize(1);
    Browser.screenshot(browser, "102-publication-doi-recorded");
    assertThat(count(doi)).isEqualTo("1");

    Browser.clickToNewPage(browser, By.id("publicationForm:existingPublication"));
    Browser.until(browser, By.id("publication-title"));
    assertThat(browser.findElement(By.id("publication-title")).getText())
        .isEqualTo("Recorded paper " + run);
  }
}
