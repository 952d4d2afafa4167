package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Institute records over HTTP (issue 6, first slice): the KPI figures of the demo track record, a
 * new project moving its KPI, refused input, data scope, patent families linked to projects, and
 * the council's dashboard and a project's page in a browser.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class RecordsIT {

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

  private Http http() {
    return new Http(base);
  }

  private static JsonObject kpi(JsonArray kpis, String code) {
    return kpis.getValuesAs(JsonObject.class).stream()
        .filter(k -> k.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no KPI " + code + " in " + kpis));
  }

  private JsonArray kpis(String token) throws Exception {
    HttpResponse<String> r = http().get("api/v1/kpis", token);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readArray();
  }

  private long partnerId(String code, String token) throws Exception {
    return Http.json(http().get("api/v1/partners?q=" + code + "&limit=200", token))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(p -> p.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private long centreId(String code, String token) throws Exception {
    HttpResponse<String> r = http().get("api/v1/centres", token);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return jakarta.json.Json.createReader(new java.io.StringReader(r.body()))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(c -> c.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void theDemoTrackRecordShowsFortyFiveProjectsAndOverNinetyPapersAgainstThe2025Targets()
      throws Exception {
    JsonArray kpis = kpis(http().tokenFor("council"));

    JsonObject projects = kpi(kpis, "PROJECTS_2015_2020");
    assertThat(projects.getJsonNumber("actual").longValue()).isEqualTo(45);
    assertThat(projects.getString("status")).isEqualTo("ACHIEVED");
    assertThat(projects.getInt("progress")).isEqualTo(100);
    long byYear =
        projects.getJsonObject("byYear").values().stream()
            .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue())
            .sum();
    assertThat(byYear).isEqualTo(45);
    JsonObject papers = kpi(kpis, "PAPERS_2015_2020");
    assertThat(papers.getJsonNumber("actual").longValue()).isGreaterThanOrEqualTo(90);
    assertThat(papers.getString("status")).isEqualTo("ACHIEVED");

    JsonObject target = kpi(kpis, "PROJECTS_2025");
    assertThat(target.getJsonNumber("target").longValue()).isEqualTo(40);
    // the demo tells the next phase's story too: the council sees progress, not an empty target
    assertThat(target.getJsonNumber("actual").longValue()).isGreaterThanOrEqualTo(40);
    assertThat(target.getString("status")).isEqualTo("ACHIEVED");
    assertThat(target.getString("periodFrom")).isEqualTo("2021-01-01");
    assertThat(target.getString("periodTo")).isEqualTo("2025-12-31");
    assertThat(target.containsKey("forecast")).isTrue();
    JsonObject patents = kpi(kpis, "PATENTS_2025");
    assertThat(patents.getJsonNumber("target").longValue()).isEqualTo(100);
    // patent applications, licences and licence income come from the IP licensing module
    assertThat(patents.getString("status")).isNotEqualTo("NO_SOURCE");
    JsonObject trackPatents = kpi(kpis, "PATENTS_2015_2020");
    assertThat(trackPatents.getJsonNumber("actual").longValue()).isGreaterThanOrEqualTo(70);
    assertThat(trackPatents.getString("status")).isEqualTo("ACHIEVED");
    assertThat(kpi(kpis, "LICENCES_2015_2020").getJsonNumber("actual").longValue()).isEqualTo(5);
    assertThat(kpi(kpis, "LICENCE_VALUE_2015_2020").getJsonNumber("actual").longValue())
        .isEqualTo(1_700_000);

    // the drill-down lists the records behind the figure
    JsonObject drill =
        Http.json(
            http()
                .get(
                    "api/v1/kpis/PROJECTS_2015_2020/records?limit=200",
                    http().tokenFor("auditor")));
    assertThat(drill.getJsonNumber("total").longValue()).isEqualTo(45);
    assertThat(drill.getJsonArray("items")).hasSize(45);
    assertThat(drill.getJsonArray("items").getJsonObject(0).getString("type")).isEqualTo("project");
    JsonObject licences =
        Http.json(http().get("api/v1/kpis/LICENCES_2015_2020/records", http().tokenFor("admin")));
    assertThat(licences.getJsonArray("items")).hasSize(5);
    assertThat(licences.getJsonArray("items").getJsonObject(0).getString("type"))
        .isEqualTo("licence-deal");
    Expect.problem(http().get("api/v1/kpis/NO_SUCH_KPI/records", http().tokenFor("admin")), 404);

    // the API lists agree with the KPI
    JsonObject list =
        Http.json(
            http().get("api/v1/publications?limit=1&count=exact", http().tokenFor("council")));
    assertThat(list.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(92);
  }

  @Test
  void addingAProjectMovesTheProjectsKpiAtOnce() throws Exception {
    String admin = http().tokenFor("admin");
    long before = kpi(kpis(admin), "PROJECTS_2025").getJsonNumber("actual").longValue();
    long ntu = partnerId("NTU", admin);
    long scut = partnerId("SCUT", admin);
    long centre = centreId("DIGITAL", admin);

    HttpResponse<String> created =
        http()
            .json(
                "POST",
                "api/v1/projects",
                admin,
                """
            {"titleEn":"Privacy-preserving analytics for smart parks","titleZh":"智慧园区隐私保护分析",
             "centre":%d,"investigators":[{"name":"Prof. Tan Kok Wai","partner":%d},
             {"name":"张伟 Zhang Wei","partner":%d}],"startDate":"2023-03-01","endDate":"2025-02-28",
             "budgetAmount":"480000.00","budgetCurrency":"SGD","status":"APPROVED",
             "approvalReference":"GC-2022-03"}
            """
                    .formatted(centre, ntu, scut));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject project = Http.json(created);
    assertThat(project.getString("budget")).isEqualTo("SGD 480,000.00");
    assertThat(project.getJsonArray("investigators")).hasSize(2);
    assertThat(created.headers().firstValue("Location"))
        .get()
        .asString()
        .contains("/api/v1/projects/");

    long after =
        kpi(kpis(http().tokenFor("council")), "PROJECTS_2025").getJsonNumber("actual").longValue();
    assertThat(after).isEqualTo(before + 1);
    JsonObject drill = Http.json(http().get("api/v1/kpis/PROJECTS_2025/records", admin));
    assertThat(drill.getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(
            r ->
                assertThat(r.getJsonNumber("id").longValue())
                    .isEqualTo(project.getJsonNumber("id").longValue()));

    // a paper on it, with its DOI unique in any case
    String doi = "10.1109/TEST." + System.nanoTime();
    HttpResponse<String> paper =
        http()
            .json(
                "POST",
                "api/v1/publications",
                admin,
                """
            {"title":"Privacy in smart parks","journal":"IEEE Internet of Things Journal","year":2024,
             "doi":"%s","authors":"Tan K. W.; Zhang W.","project":%d}
            """
                    .formatted(doi, project.getJsonNumber("id").longValue()));
    assertThat(paper.statusCode()).as(paper.body()).isEqualTo(201);
    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/publications",
                admin,
                """
            {"title":"Again","journal":"J","year":2024,"doi":"%s","authors":"A","project":%d}
            """
                    .formatted(doi.toUpperCase(), project.getJsonNumber("id").longValue())),
        "doi:publication.doi.taken");
  }

  @Test
  void badInputGetsFieldLevelProblemsAndChangesNothing() throws Exception {
    String admin = http().tokenFor("admin");
    long total =
        Http.json(http().get("api/v1/projects?limit=1&count=exact", admin))
            .getJsonNumber("total")
            .longValue();

    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/projects",
                admin,
                """
            {"titleEn":"","centre":999999,"investigators":[{"name":"X","partner":999999}],
             "startDate":"2023-05-01","endDate":"2022-01-01","budgetAmount":"lots","budgetCurrency":"USD",
             "status":"ACTIVE","approvalReference":"council said yes"}
            """),
        "titleEn:field.required",
        "centre:project.centre.unknown",
        "investigators[0].partner:partner.unknown",
        "endDate:project.endDate.beforeStart",
        "budgetAmount:amount.invalid",
        "budgetCurrency:currency.unsupported",
        "approvalReference:project.approvalReference.invalid");
    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/projects",
                admin,
                """
            {"titleEn":"A","status":"DREAMING","startDate":"not a date","surprise":1}
            """),
        "status:field.notAllowedValue",
        "startDate:date.invalid",
        "surprise:field.unknown");
    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/projects",
                admin,
                """
            {"titleEn":"Approved without a decision","centre":%d,
             "investigators":[{"name":"Prof. Lim","partner":%d}],"startDate":"2024-01-01",
             "endDate":"2025-01-01","budgetAmount":"1000","budgetCurrency":"CNY","status":"ACTIVE"}
            """
                    .formatted(centreId("BIOMED", admin), partnerId("NTU", admin))),
        "approvalReference:project.approvalReference.required");
    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/publications",
                admin,
                """
            {"title":"T","journal":"J","year":1890,"doi":"doi-less","authors":"A","project":999999}
            """),
        "year:publication.year.outOfRange",
        "doi:publication.doi.invalid",
        "project:publication.project.unknown");
    Expect.violations(http().get("api/v1/projects?sort=budget", admin), "sort:sort.unsupported");
    Expect.violations(http().get("api/v1/projects?limit=5000", admin), "limit:page.outOfRange");

    assertThat(
            Http.json(http().get("api/v1/projects?limit=1&count=exact", admin))
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(total);
  }

  @Test
  void partnerStaffSeeTheirPartnersProjectsAndCoordinatorsOnlyTheCentres() throws Exception {
    String ntuStaff = http().tokenFor("ntu.staff");
    String admin = http().tokenFor("admin");
    long ntu = partnerId("NTU", admin);

    JsonObject all = Http.json(http().get("api/v1/projects?limit=200&count=exact", admin));
    JsonObject own = Http.json(http().get("api/v1/projects?limit=200&count=exact", ntuStaff));
    List<JsonObject> ownItems = own.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(ownItems).isNotEmpty();
    assertThat(own.getJsonNumber("total").longValue())
        .isLessThan(all.getJsonNumber("total").longValue());
    assertThat(ownItems)
        .allSatisfy(
            p ->
                assertThat(p.getJsonArray("partners").getValuesAs(jakarta.json.JsonNumber.class))
                    .anySatisfy(x -> assertThat(x.longValue()).isEqualTo(ntu)));

    // a project without NTU is not there for NTU's staff: 404, as if it did not exist
    long foreign =
        all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(
                p ->
                    p.getJsonArray("partners").getValuesAs(jakarta.json.JsonNumber.class).stream()
                        .noneMatch(x -> x.longValue() == ntu))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    Expect.problem(http().get("api/v1/projects/" + foreign, ntuStaff), 404);
    assertThat(http().get("api/v1/projects/" + foreign, admin).statusCode()).isEqualTo(200);
    // their papers are scoped the same way
    long ownPapers =
        Http.json(http().get("api/v1/publications?limit=1&count=exact", ntuStaff))
            .getJsonNumber("total")
            .longValue();
    long allPapers =
        Http.json(http().get("api/v1/publications?limit=1&count=exact", admin))
            .getJsonNumber("total")
            .longValue();
    assertThat(ownPapers).isPositive().isLessThan(allPapers);

    String coordinator = http().tokenFor("coordinator");
    HttpResponse<String> centres = http().get("api/v1/centres", coordinator);
    assertThat(centres.statusCode()).isEqualTo(200);
    assertThat(centres.body())
        .contains("JRC-SHUZHI", "JRC-NANNENG", "JRC-JIYIN", "DIGITAL", "NEWENERGY", "BIOMED");
    Expect.problem(http().get("api/v1/projects", coordinator), 403);
    Expect.problem(http().get("api/v1/publications", coordinator), 403);
    Expect.problem(http().get("api/v1/kpis", coordinator), 403);
    Expect.problem(http().get("api/v1/kpis", ntuStaff), 403);
    Expect.problem(http().json("POST", "api/v1/projects", http().tokenFor("council"), "{}"), 403);
    Expect.problem(http().get("api/v1/kpis", null), 401);
  }

  private List<Long> linkedFamilies(long project, String token) throws Exception {
    return Http.json(http().get("api/v1/projects/" + project, token))
        .getJsonArray("patentFamilies")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(f -> f.getJsonNumber("id").longValue())
        .toList();
  }

  @Test
  void anAdminLinksAPatentFamilyOnceAndUnlinksItAndOthersAreRefused() throws Exception {
    String admin = http().tokenFor("admin");
    List<JsonObject> projects =
        Http.json(http().get("api/v1/projects?limit=200&count=exact", admin))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    // the demo's first project lists two families of the register, with reference and title
    long demo =
        projects.stream()
            .filter(p -> p.getString("titleEn").equals("Federated learning for smart cities"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    assertThat(
            Http.json(http().get("api/v1/projects/" + demo, http().tokenFor("council")))
                .getJsonArray("patentFamilies")
                .getValuesAs(JsonObject.class))
        .hasSize(2)
        .allSatisfy(
            f -> {
              assertThat(f.getString("reference")).startsWith("SSIJRI-");
              assertThat(f.getString("title")).isNotBlank();
            });
    assertThat(projects).allSatisfy(p -> assertThat(p.getJsonArray("patentFamilies")).isEmpty());

    long project = projects.get(projects.size() - 1).getJsonNumber("id").longValue();
    List<Long> before = linkedFamilies(project, admin);
    long family =
        Http.json(http().get("api/v1/patents?limit=50", admin))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(f -> f.getJsonNumber("id").longValue())
            .filter(f -> !before.contains(f))
            .findFirst()
            .orElseThrow();
    String path = "api/v1/projects/" + project + "/patent-families";

    // only admins, who record projects, link; partner staff of the project's partner too are
    // refused
    Expect.problem(
        http().json("POST", path, http().tokenFor("ntu.staff"), "{\"familyId\":" + family + "}"),
        403);
    Expect.problem(
        http().json("POST", path, http().tokenFor("council"), "{\"familyId\":" + family + "}"),
        403);
    Expect.problem(http().json("POST", path, null, "{\"familyId\":" + family + "}"), 401);
    Expect.violations(
        http().json("POST", path, admin, "{\"familyId\":999999999}"),
        "familyId:project.patentFamily.unknown");
    Expect.violations(
        http().json("POST", path, admin, "{\"familyId\":\"x\",\"extra\":1}"),
        "familyId:field.notInteger",
        "extra:field.unknown");
    Expect.problem(
        http()
            .json(
                "POST",
                "api/v1/projects/999999999/patent-families",
                admin,
                "{\"familyId\":" + family + "}"),
        404);

    HttpResponse<String> linked = http().json("POST", path, admin, "{\"familyId\":" + family + "}");
    assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
    assertThat(Http.json(linked).getJsonArray("patentFamilies").getValuesAs(JsonObject.class))
        .anySatisfy(f -> assertThat(f.getJsonNumber("id").longValue()).isEqualTo(family));
    JsonObject twice =
        Expect.problem(http().json("POST", path, admin, "{\"familyId\":" + family + "}"), 409);
    assertThat(twice.toString()).contains("project.patentFamily.alreadyLinked");
    assertThat(linkedFamilies(project, admin))
        .containsExactlyElementsOf(
            java.util.stream.Stream.concat(before.stream(), java.util.stream.Stream.of(family))
                .toList());

    Expect.problem(
        http().json("DELETE", path + "/" + family, http().tokenFor("ntu.staff"), null), 403);
    HttpResponse<String> unlinked = http().json("DELETE", path + "/" + family, admin, null);
    assertThat(unlinked.statusCode()).as(unlinked.body()).isEqualTo(200);
    assertThat(linkedFamilies(project, admin)).isEqualTo(before);
    Expect.problem(http().json("DELETE", path + "/" + family, admin, null), 404);

    JsonObject audit =
        Http.json(
            http()
                .get(
                    "api/v1/audit?entityType=ResearchProject&entityId=" + project + "&limit=50",
                    http().tokenFor("auditor")));
    assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class))
        .filteredOn(e -> e.getString("summary").startsWith("patent family " + family + " "))
        .extracting(e -> e.getString("action") + " by " + e.getString("actor"))
        .containsExactly(
            "PROJECT_PATENT_FAMILY_UNLINKED by admin", "PROJECT_PATENT_FAMILY_LINKED by admin");
  }

  private String fieldError(String id) {
    return browser
        .findElement(
            By.xpath(
                "//*[@id='" + id + "']/following-sibling::span[contains(@class,'field-error')]"))
        .getText();
  }

  @Test
  void anAdminAddsAProjectInThePortalAndSeesEachProblemBesideItsField() {
    portal.signInAs("admin");
    browser.findElement(By.cssSelector("[data-menu='menu-projects']")).click();
    Browser.until(browser, By.id("projectTable"));
    browser.findElement(By.id("newProject")).click();
    Browser.until(browser, By.id("newProject:titleEn"));

    new Select(browser.findElement(By.id("newProject:centre"))).selectByIndex(1);
    browser.findElement(By.id("newProject:investigator")).sendKeys("Assoc. Prof. Ng Hui Min");
    Select partner = new Select(browser.findElement(By.id("newProject:investigatorPartner")));
    partner.getOptions().stream()
        .filter(o -> o.getText().startsWith("NTU "))
        .findFirst()
        .orElseThrow()
        .click();
    browser.findElement(By.id("newProject:startDate")).sendKeys("2024-02-01");
    browser.findElement(By.id("newProject:endDate")).sendKeys("2026-01-31");
    browser.findElement(By.id("newProject:budgetAmount")).sendKeys("250000");
    new Select(browser.findElement(By.id("newProject:status"))).selectByValue("ACTIVE");
    browser.findElement(By.id("newProject:save")).click();

    Browser.until(browser, By.cssSelector(".field-error"));
    assertThat(fieldError("newProject:titleEn")).isEqualTo("This field is required.");
    assertThat(fieldError("newProject:approvalReference"))
        .isEqualTo("A project past the proposal needs the council decision that approved it.");

    browser.findElement(By.id("newProject:titleEn")).sendKeys("Digital twins of the Smart Park");
    browser.findElement(By.id("newProject:approvalReference")).sendKeys("GC-2023-04");
    Browser.screenshot(browser, "43-project-new");
    browser.findElement(By.id("newProject:save")).click();

    Browser.until(browser, By.id("projectTable"));
    assertThat(browser.findElement(By.id("messages")).getText())
        .contains("Research project \"Digital twins of the Smart Park\" recorded.");
    Browser.screenshot(browser, "44-projects");
  }

  private void messageSays(String text) {
    Browser.waitFor(browser)
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), text));
  }

  @Test
  void anAdminLinksAPatentFamilyOnTheProjectsPageAndSeesAProblemBesideTheField() throws Exception {
    portal.signInAs("admin");
    browser.findElement(By.cssSelector("[data-menu='menu-projects']")).click();
    Browser.until(browser, By.id("projectTable"));
    browser.findElement(By.cssSelector("#projectTable a.project-link")).click();
    Browser.until(browser, By.id("patent-families-heading"));
    assertThat(browser.findElement(By.id("patent-families-heading")).getText())
        .isEqualTo("Patent families");
    String projectId = browser.getCurrentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1");
    int before = browser.findElements(By.cssSelector("li.patent-family")).size();

    browser.findElement(By.id("patentFamilyForm:link")).click();
    Browser.until(browser, By.cssSelector(".field-error"));
    assertThat(fieldError("patentFamilyForm:familyId")).isEqualTo("This field is required.");

    Select family = new Select(browser.findElement(By.id("patentFamilyForm:familyId")));
    String reference = family.getOptions().get(1).getText().split(" ")[0];
    family.selectByIndex(1);
    browser.findElement(By.id("patentFamilyForm:link")).click();
    messageSays("Patent family " + reference + " linked to the project.");
    List<WebElement> families = browser.findElements(By.cssSelector("li.patent-family"));
    assertThat(families).hasSize(before + 1);
    // Post/Redirect/Get: the address names the project, and a reload links nothing more
    String address = browser.getCurrentUrl();
    assertThat(address).contains("project.xhtml?id=" + projectId);
    String links = "SELECT COUNT(*) FROM rec_project_patent_family WHERE project_id = ?";
    String linked = Database.string(links, Long.valueOf(projectId));
    browser.navigate().refresh();
    Browser.until(browser, By.id("patent-families-heading"));
    assertThat(browser.getCurrentUrl()).isEqualTo(address);
    assertThat(Database.string(links, Long.valueOf(projectId))).isEqualTo(linked);
    assertThat(browser.findElement(By.id("messages")).getText()).doesNotContain("linked");
    families = browser.findElements(By.cssSelector("li.patent-family"));
    assertThat(families).hasSize(before + 1);
    assertThat(
            families
                .get(families.size() - 1)
                .findElement(By.cssSelector("a.patent-family-link"))
                .getText())
        .isEqualTo(reference);
    Browser.screenshot(browser, "60-project-patent-families");

    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    Browser.until(browser, By.id("patent-families-heading"));
    assertThat(browser.findElement(By.id("patent-families-heading")).getText()).isEqualTo("专利族");
    Browser.screenshot(browser, "61-project-patent-families-zh");
    browser.findElement(By.id("langForm:en")).click();
    Browser.language(browser, "en");
    Browser.until(browser, By.id("patent-families"));

    // unlinking puts the project back as it was
    List<WebElement> now = browser.findElements(By.cssSelector("li.patent-family"));
    now.get(now.size() - 1).findElement(By.cssSelector("input.unlink-family")).click();
    messageSays("Patent family " + reference + " unlinked from the project.");
    assertThat(browser.findElements(By.cssSelector("li.patent-family"))).hasSize(before);
  }

  @Test
  void theCouncilMemberOpensTheDashboardAndSeesTheRecordsBehindTheProjectsKpi() {
    portal.signInAs("council");

    browser.findElement(By.cssSelector("[data-menu='menu-dashboard']")).click();
    Browser.until(browser, By.id("kpis"));
    Browser.language(browser, "en");
    WebElement card = browser.findElement(By.cssSelector("[data-kpi='PROJECTS_2015_2020']"));
    assertThat(card.findElement(By.cssSelector(".kpi-actual")).getText()).isEqualTo("45");
    assertThat(card.getText()).contains("45 of 45 (100% of the target)", "Achieved");
    assertThat(browser.findElement(By.cssSelector("[data-kpi='LICENCES_2015_2020']")).getText())
        .contains("5 of 5");
    Browser.screenshot(browser, "40-dashboard");

    card.findElement(By.tagName("a")).click();
    Browser.until(browser, By.id("records"));
    assertThat(browser.findElement(By.id("drill-down-title")).getText())
        .isEqualTo("Research projects 2015-2020 (track record)");
    assertThat(browser.findElements(By.cssSelector("#records tr.record"))).hasSize(45);
    assertThat(browser.findElement(By.id("records-count")).getText())
        .isEqualTo("Showing 45 of 45 records.");
    assertThat(browser.findElements(By.cssSelector("#trend-table tbody tr"))).hasSize(6);
    assertThat(browser.findElements(By.cssSelector("svg rect.trend-bar"))).hasSize(6);
    Browser.screenshot(browser, "42-dashboard-drill-down");

    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    Browser.until(browser, By.id("kpis"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("理事会仪表板");
    assertThat(browser.findElement(By.cssSelector("[data-kpi='PROJECTS_2015_2020']")).getText())
        .contains("已完成");
    Browser.screenshot(browser, "41-dashboard-zh");
    browser.findElement(By.id("langForm:en")).click();
    Browser.language(browser, "en");
  }
}
