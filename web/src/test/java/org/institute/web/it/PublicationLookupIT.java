package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Add by DOI over HTTP (issue 21) against a local HTTP server that answers as Crossref does ({@link
 * DoiService}, started by the tests, which the server is configured to ask): a known DOI pre-fills
 * a publication with its title's language, an unknown one is 404, a failing service is a refusal
 * beside the DOI, a DOI already recorded says so, and a publication with a Chinese title only is
 * recorded with it. Every test makes its own DOIs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationLookupIT {

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  private Http http() {
    return new Http(base);
  }

  private static String run() {
    return String.valueOf(System.nanoTime());
  }

  private long project(String token) throws Exception {
    return Http.json(http().get("api/v1/projects?limit=1", token))
        .getJsonArray("items")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void aKnownDoiPrefillsTheDraftWithTheTitlesLanguage() throws Exception {
    String doi = "10.12141/lookup." + run();
    DoiService.running()
        .knows(
            doi,
            DoiService.article(
                doi, "固态电解质的界面稳定性研究", "zh", "华南理工大学学报", 2022, "陈", "明", "Tan", "Kiat Hong"));

    JsonObject draft =
        Http.json(
            http()
                .get(
                    "api/v1/publications/lookup?doi=https://doi.org/" + doi.toUpperCase(),
                    http().tokenFor("admin")));

    assertThat(draft.getString("doi")).isEqualTo(doi);
    assertThat(draft.getString("title")).isEqualTo("固态电解质的界面稳定性研究");
    assertThat(draft.getString("titleLanguage")).isEqualTo("zh");
    assertThat(draft.getString("journal")).isEqualTo("华南理工大学学报");
    assertThat(draft.getInt("year")).isEqualTo(2022);
    assertThat(draft.getString("authors")).isEqualTo("陈, 明; Tan, Kiat Hong");
    assertThat(draft.getBoolean("recorded")).isFalse();
    assertThat(DoiService.running().askedFor(doi)).isEqualTo(1);
  }

  @Test
  void anUnknownDoiIsNotFound() throws Exception {
    Expect.problem(
        http()
            .get(
                "api/v1/publications/lookup?doi=10.1000/unknown." + run(),
                http().tokenFor("admin")),
        404);
  }

  @Test
  void aFailingServiceIsARefusalBesideTheDoi() throws Exception {
    String doi = "10.1000/failing." + run();
    DoiService.running().failsFor(doi);

    Expect.violations(
        http().get("api/v1/publications/lookup?doi=" + doi, http().tokenFor("admin")),
        "doi:publication.lookup.failed");
  }

  @Test
  void aRecordedDoiIsSaidToBeRecordedAndOnlyAdminsLookUp() throws Exception {
    String admin = http().tokenFor("admin");
    String doi = "10.1109/recorded." + run();
    DoiService.running()
        .knows(
            doi, DoiService.article(doi, "Load forecasting", "en", "Energy", 2021, "Lee", "Wei"));
    Expect.created(
        http()
            .json(
                "POST",
                "api/v1/publications",
                admin,
                """
                {"title":"Load forecasting","journal":"Energy","year":2021,"doi":"%s",
                 "authors":"Lee, Wei","project":%d}
                """
                    .formatted(doi, project(admin))));

    JsonObject draft = Http.json(http().get("api/v1/publications/lookup?doi=" + doi, admin));

    assertThat(draft.getBoolean("recorded")).isTrue();
    Expect.problem(
        http().get("api/v1/publications/lookup?doi=" + doi, http().tokenFor("council")), 403);
  }

  @Test
  void aPublicationWithAChineseTitleOnlyKeepsItTaggedChinese() throws Exception {
    String admin = http().tokenFor("admin");
    String doi = "10.12141/zh-only." + run();

    JsonObject created =
        Http.json(
            http()
                .json(
                    "POST",
                    "api/v1/publications",
                    admin,
                    """
                    {"titleZh":"储能材料研究","journal":"华南理工大学学报","year":2023,"doi":"%s",
                     "authors":"陈, 明","project":%d}
                    """
                        .formatted(doi, project(admin))));

    assertThat(created.getString("title")).isEqualTo("储能材料研究");
    assertThat(created.getString("titleLanguage")).isEqualTo("zh");
  }
}
