package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The publication import over HTTP (issue 21): a dry run that changes nothing, a commit, the same
 * file again creating nothing, malformed entries listed with their reason, Chinese titles with
 * their language tag, the admin-only gate, and a 1,000-entry BibTeX file timed. Every run makes its
 * own DOIs, so the tests do not depend on each other or on their order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationImportIT {

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  private Http http() {
    return new Http(base);
  }

  private long project(String token) throws Exception {
    return Http.json(http().get("api/v1/projects?limit=1", token))
        .getJsonArray("items")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private HttpResponse<String> upload(String query, String token, String type, String body)
      throws Exception {
    return http()
        .send(
            "POST",
            "api/v1/publications/imports?" + query,
            token,
            type,
            HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  /** Three good entries (one Chinese), one with an unclosed brace, one without a DOI. */
  private static String bibtex(String run) {
    return """
        @article{a%1$s,
          author = {Lee, Wei and Wu, Jing},
          title = {Short-Term Load Forecasting at the Smart Park},
          journal = {IEEE Transactions on Power Systems},
          year = {2021},
          doi = {10.1109/TPWRS.%1$s.1}
        }
        @article{b%1$s,
          author = {陈, 明 and Tan, Kiat Hong},
          title = {固态电解质的界面稳定性研究},
          journal = {华南理工大学学报},
          year = 2022,
          doi = {10.12141/%1$s.2},
          language = {chinese}
        }
        @inproceedings{c%1$s,
          author = {Ong, Siew Ling},
          title = {Digital Twins for Knowledge City Buildings},
          booktitle = {Proceedings of Smart Cities 2023},
          year = {2023},
          doi = {10.1145/%1$s.3}
        }
        @article{broken%1$s,
          author = {Nobody, A.},
          title = {A title whose brace is never closed,
          journal = {Journal of Lost Records},
          year = {2020}
        }
        @article{nodoi%1$s,
          author = {Lim, Boon},
          title = {A paper without a DOI},
          journal = {Energy Reports},
          year = {2021}
        }
        """
        .formatted(run);
  }

  private static List<String> outcomes(JsonObject report) {
    return report.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
        .map(l -> l.getString("outcome"))
        .toList();
  }

  private long publications(String token) throws Exception {
    return Http.json(http().get("api/v1/publications?limit=1&count=exact", token))
        .getJsonNumber("total")
        .longValue();
  }

  @Test
  void aDryRunThenACommitThenTheSameFileAgain() throws Exception {
    String admin = http().tokenFor("admin");
    long project = project(admin);
    String run = String.valueOf(System.nanoTime());
    String file = bibtex(run);
    long before = publications(admin);

    JsonObject dry =
        Http.json(
            upload(
                "project=" + project + "&fileName=papers.bib",
                admin,
                "application/x-bibtex",
                file));
    assertThat(dry.getBoolean("dryRun")).isTrue();
    assertThat(outcomes(dry)).containsExactly("CREATE", "CREATE", "CREATE", "REFUSED", "REFUSED");
    JsonObject broken = dry.getJsonArray("lines").getJsonObject(3);
    assertThat(broken.getString("key")).isEqualTo("broken" + run);
    assertThat(broken.getJsonArray("problems").getJsonObject(0).getString("messageKey"))
        .isEqualTo("publication.import.entry.malformed");
    assertThat(publications(admin)).isEqualTo(before);

    JsonObject done =
        Http.json(
            upload(
                "project=" + project + "&dryRun=false&fileName=papers.bib",
                admin,
                "application/x-bibtex",
                file));
    assertThat(done.getInt("created")).isEqualTo(3);
    assertThat(done.getInt("refused")).isEqualTo(2);
    assertThat(publications(admin)).isEqualTo(before + 3);

    JsonObject again =
        Http.json(
            upload(
                "project=" + project + "&dryRun=false&fileName=papers.bib",
                admin,
                "application/x-bibtex",
                file));
    assertThat(again.getInt("created")).isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(3);
    assertThat(publications(admin)).isEqualTo(before + 3);

    JsonObject chinese =
        Http.json(http().get("api/v1/publications?project=" + project + "&limit=200", admin))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> p.getString("doi").equals("10.12141/" + run + ".2"))
            .findFirst()
            .orElseThrow();
    assertThat(chinese.getString("title")).isEqualTo("固态电解质的界面稳定性研究");
    assertThat(chinese.getString("titleLanguage")).isEqualTo("zh");
    assertThat(chinese.getString("importRef")).isEqualTo(done.getString("importRef"));
  }

  @Test
  void risAndCslJsonAreReadByTheirMediaTypes() throws Exception {
    String admin = http().tokenFor("admin");
    long project = project(admin);
    String run = String.valueOf(System.nanoTime());
    String ris =
        "TY  - JOUR\r\nAU  - Lee, Wei\r\nTI  - A RIS paper\r\nJO  - Energy\r\nPY  - 2021\r\n"
            + "DO  - 10.1000/ris."
            + run
            + "\r\nLA  - en\r\nER  - \r\nTY  - JOUR\r\nTI  - Unterminated\r\n";
    JsonObject risReport =
        Http.json(upload("project=" + project, admin, "application/x-research-info-systems", ris));
    assertThat(risReport.getString("format")).isEqualTo("RIS");
    assertThat(outcomes(risReport)).containsExactly("CREATE", "REFUSED");

    String json =
        """
        [{"id": "x", "title": "A CSL paper", "author": [{"family": "Lee", "given": "Wei"}],
          "container-title": "Energy", "issued": {"date-parts": [[2021]]}, "DOI": "10.1000/csl.%s"}]
        """
            .formatted(run);
    JsonObject cslReport =
        Http.json(
            upload("project=" + project, admin, "application/vnd.citationstyles.csl+json", json));
    assertThat(cslReport.getString("format")).isEqualTo("CSL_JSON");
    assertThat(outcomes(cslReport)).containsExactly("CREATE");
  }

  @Test
  void aThousandEntryBibtexFileIsImportedOnceAndTimed() throws Exception {
    String admin = http().tokenFor("admin");
    long project = project(admin);
    String run = String.valueOf(System.nanoTime());
    StringBuilder file = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      file.append(
          """
          @article{k%2$d,
            author = {Lee, Wei and Wu, Jing and M{\\"u}ller, Anna},
            title = {Load forecasting, part %2$d},
            journal = {Energy Reports},
            year = {2021},
            doi = {10.1016/bench.%1$s.%2$d}
          }
          """
              .formatted(run, i));
    }
    long start = System.nanoTime();
    JsonObject report =
        Http.json(
            upload(
                "project=" + project + "&dryRun=false&fileName=bench.bib",
                admin,
                "application/x-bibtex",
                file.toString()));
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("Publication import: 1,000 BibTeX entries created in %d ms%n", millis);
    assertThat(report.getInt("created")).isEqualTo(1000);

    long again = System.nanoTime();
    JsonObject second =
        Http.json(
            upload(
                "project=" + project + "&dryRun=false&fileName=bench.bib",
                admin,
                "application/x-bibtex",
                file.toString()));
    long againMillis = (System.nanoTime() - again) / 1_000_000;
    System.out.printf("Publication import: the same 1,000 entries again in %d ms%n", againMillis);
    assertThat(second.getInt("unchanged")).isEqualTo(1000);
    // the figures are printed, never asserted: times on shared CI machines vary (ARCHITECTURE.md)
  }

  @Test
  void refusalsNameTheField() throws Exception {
    String admin = http().tokenFor("admin");
    Expect.violations(
        upload("project=999999999", admin, "application/x-bibtex", bibtex("x")),
        "project:publication.project.unknown");
    Expect.violations(
        upload("project=1&fileFormat=endnote", admin, "text/plain", "x"),
        "fileFormat:field.notAllowedValue");
    Expect.violations(upload("project=1", admin, "text/plain", "x"), "fileFormat:field.required");
    Expect.violations(
        upload("project=1&fileFormat=csl-json", admin, "text/plain", "[{"),
        "file:publication.import.file.malformed");
    Expect.problem(
        upload("project=1", http().tokenFor("council"), "application/x-bibtex", bibtex("y")), 403);
    // the lookup itself is PublicationLookupIT's, against the tests' local DOI service
    Expect.violations(
        http().get("api/v1/publications/lookup?doi=not-a-doi", admin),
        "doi:publication.doi.invalid");
  }

  @Test
  void anInvestigatorsOrcidIdWithAWrongChecksumIsRefusedBesideItsField() throws Exception {
    String admin = http().tokenFor("admin");
    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/projects",
                admin,
                """
                {"titleEn":"ORCID check","centre":999999,
                 "investigators":[{"name":"Prof. Carberry","partner":999999,"orcid":"0000-0002-1825-0098"}],
                 "startDate":"2023-05-01","endDate":"2024-01-01","budgetAmount":"1","budgetCurrency":"SGD",
                 "status":"PROPOSED"}
                """),
        "investigators[0].orcid:orcid.invalid");
  }
}
