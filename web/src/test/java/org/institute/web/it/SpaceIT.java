package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Spin-offs, the headquarters space and the talent KPIs (issue 6, items 4 and 5): the demo data,
 * scope, refused input, overlapping allocations refused also when admins race, and the pages.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Chromium.class)
@RunAsClient
class SpaceIT {

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

  private HttpResponse<String> send(String method, String path, String user, String body)
      throws Exception {
    return http().json(method, path, http().tokenFor(user), body);
  }

  private long partnerId(String code) throws Exception {
    return Http.json(
            http().get("api/v1/partners?q=" + code + "&limit=200", http().tokenFor("admin")))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(p -> p.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonArray array(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return jakarta.json.Json.createReader(new StringReader(r.body())).readArray();
  }

  private long centreId() throws Exception {
    return array(http().get("api/v1/centres", http().tokenFor("admin")))
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  /** A fresh unit of 10 sqm, so that tests never share a unit's calendar. */
  private long newUnit(SpaceUse use) throws Exception {
    String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    HttpResponse<String> r =
        send(
            "POST",
            "api/v1/space/units",
            "admin",
            "{\"code\":\""
                + code
                + "\",\"name\":\"Test room\",\"areaSqm\":10,\"use\":\""
                + use
                + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).getJsonNumber("id").longValue();
  }

  enum SpaceUse {
    RD_FACILITY,
    ADMINISTRATION,
    SPIN_OFF,
    SHARED
  }

  private HttpResponse<String> allocate(long unit, long centre, String from, String to)
      throws Exception {
    return send(
        "POST",
        "api/v1/space/allocations",
        "admin",
        "{\"unit\":"
            + unit
            + ",\"occupantKind\":\"CENTRE\",\"occupant\":"
            + centre
            + ",\"from\":\""
            + from
            + "\""
            + (to == null ? "" : ",\"to\":\"" + to + "\"")
            + "}");
  }

  @Test
  void spinOffsAreReadByTheCouncilAndByStaffOfTheirPartnerOnly() throws Exception {
    JsonObject all =
        Http.json(http().get("api/v1/spin-offs?count=exact", http().tokenFor("council")));
    assertThat(all.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(5);
    long ntu = partnerId("NTU");
    long scut = partnerId("SCUT");

    JsonObject ntuView =
        Http.json(http().get("api/v1/spin-offs?limit=200", http().tokenFor("ntu.staff")));
    assertThat(ntuView.getJsonArray("items").getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.getJsonNumber("originPartner").longValue()).isEqualTo(ntu));
    JsonObject scutView =
        Http.json(http().get("api/v1/spin-offs?limit=200", http().tokenFor("scut.staff")));
    assertThat(scutView.getJsonArray("items").getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.getJsonNumber("originPartner").longValue()).isEqualTo(scut));
    long ntuSpinOff =
        ntuView.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    Expect.problem(
        http().get("api/v1/spin-offs/" + ntuSpinOff, http().tokenFor("scut.staff")), 404);
    assertThat(
            http().get("api/v1/spin-offs/" + ntuSpinOff, http().tokenFor("ntu.staff")).statusCode())
        .isEqualTo(200);
    assertThat(http().get("api/v1/spin-offs", http().tokenFor("coordinator")).statusCode())
        .isEqualTo(403);
    Expect.violations(
        http().get("api/v1/spin-offs?sort=founders", http().tokenFor("council")),
        "sort:sort.unsupported");

    // the demo's licensed patents are named by the IP licensing module's reference
    JsonObject withPatents =
        all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(s -> !s.getJsonArray("patents").isEmpty())
            .findFirst()
            .orElseThrow();
    assertThat(withPatents.getJsonArray("patents").getJsonObject(0).getString("reference"))
        .startsWith("SSIJRI-");
  }

  @Test
  void adminsRecordAndChangeSpinOffsWithCheckedPatentsAndVersions() throws Exception {
    long ntu = partnerId("NTU");
    long family =
        Http.json(http().get("api/v1/spin-offs?limit=200", http().tokenFor("admin")))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .flatMap(s -> s.getJsonArray("patents").getValuesAs(JsonObject.class).stream())
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();

    Expect.violations(
        send(
            "POST",
            "api/v1/spin-offs",
            "admin",
            "{\"nameEn\":\"\",\"founders\":[],\"originPartner\":999999,\"patentFamilies\":[999999],"
                + "\"foundedOn\":\"2099-01-01\",\"status\":\"INCUBATING\",\"extra\":1}"),
        "extra:field.unknown");
    Expect.violations(
        send(
            "POST",
            "api/v1/spin-offs",
            "admin",
            "{\"nameEn\":\"\",\"founders\":[],\"originPartner\":999999,\"patentFamilies\":[999999],"
                + "\"foundedOn\":\"2099-01-01\",\"status\":\"INCUBATING\"}"),
        "nameEn:field.required",
        "founders:spinOff.founders.required",
        "originPartner:partner.unknown",
        "patentFamilies:spinOff.patentFamily.unknown",
        "foundedOn:spinOff.foundedOn.outOfRange");
    String body =
        "{\"nameEn\":\"Yubei Quantum Sensing Co., Ltd\",\"nameZh\":\"渝北量子传感有限公司\","
            + "\"founders\":[\"Dr. Goh Boon Kiat\",\"刘洋 Liu Yang\"],\"originPartner\":"
            + ntu
            + ",\"patentFamilies\":["
            + family
            + "],\"foundedOn\":\"2024-09-02\",\"status\":\"INCUBATING\"}";
    assertThat(send("POST", "api/v1/spin-offs", "ntu.staff", body).statusCode()).isEqualTo(403);
    HttpResponse<String> created = send("POST", "api/v1/spin-offs", "admin", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject spinOff = Http.json(created);
    assertThat(spinOff.getJsonArray("founders")).hasSize(2);
    assertThat(spinOff.getJsonArray("patents").getJsonObject(0).getJsonNumber("id").longValue())
        .isEqualTo(family);
    long id = spinOff.getJsonNumber("id").longValue();

    Expect.problem(
        send(
            "PATCH",
            "api/v1/spin-offs/" + id,
            "admin",
            "{\"version\":99,\"status\":\"OPERATING\"}"),
        409);
    Expect.violations(
        send("PATCH", "api/v1/spin-offs/" + id, "admin", "{\"status\":\"OPERATING\"}"),
        "version:field.required");
    HttpResponse<String> changed =
        send(
            "PATCH",
            "api/v1/spin-offs/" + id,
            "admin",
            "{\"version\":"
                + spinOff.getJsonNumber("version").longValue()
                + ",\"status\":\"OPERATING\"}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(Http.json(changed).getString("status")).isEqualTo("OPERATING");
    assertThat(Http.json(changed).getString("nameZh")).isEqualTo("渝北量子传感有限公司");
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_audit_entry WHERE entity_type = 'SpinOff' AND entity_id = ?",
                Long.toString(id)))
        .isEqualTo("2");
    Expect.problem(http().get("api/v1/spin-offs/abc", http().tokenFor("admin")), 404);
  }

  @Test
  void spinOffsExportAsTheJsonListsThemWithinTheCallersScopeAndNeverAsAFormula() throws Exception {
    long scut = partnerId("SCUT");
    HttpResponse<String> created =
        send(
            "POST",
            "api/v1/spin-offs",
            "admin",
            "{\"nameEn\":\"=HYPERLINK(\\\"http://evil.example\\\")\",\"nameZh\":\"导出测试公司\","
                + "\"founders\":[\"@Mallory\",\"Eve\"],\"originPartner\":"
                + scut
                + ",\"patentFamilies\":[],\"foundedOn\":\"1995-03-01\",\"status\":\"CLOSED\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject spinOff = Http.json(created);
    long id = spinOff.getJsonNumber("id").longValue();
    String council = http().tokenFor("council");
    long total =
        Http.json(http().get("api/v1/spin-offs?limit=1&count=exact", council))
            .getJsonNumber("total")
            .longValue();

    List<CSVRecord> csv = Exports.csv(http().download("api/v1/spin-offs?format=csv", council));
    assertThat(csv.get(0).values())
        .containsExactly(
            "id",
            "nameEn",
            "nameZh",
            "founders",
            "originPartner",
            "patents",
            "foundedOn",
            "status");
    assertThat(csv).hasSize((int) total + 1);
    Map<String, String> row = Exports.row(csv, id);
    assertThat(row.get("nameEn"))
        .as("never a formula")
        .isEqualTo("'" + spinOff.getString("nameEn"));
    assertThat(row.get("nameZh")).isEqualTo("导出测试公司");
    assertThat(row.get("founders")).isEqualTo("'@Mallory, Eve");
    assertThat(row.get("originPartner")).isEqualTo("SCUT");
    assertThat(row.get("foundedOn")).isEqualTo("1995-03-01");
    assertThat(row.get("status")).isEqualTo("CLOSED");
    // a licensed patent family is named by its reference, as the JSON names it
    assertThat(csv.stream().skip(1).map(c -> c.get(5)))
        .anySatisfy(p -> assertThat(p).startsWith("SSIJRI-"));

    // the filters of the JSON list apply; partner staff export their partner's spin-offs only
    List<CSVRecord> closed =
        Exports.csv(http().download("api/v1/spin-offs?status=CLOSED&format=csv", council));
    assertThat(closed.stream().skip(1)).allSatisfy(c -> assertThat(c.get(7)).isEqualTo("CLOSED"));
    String ntuStaff = http().tokenFor("ntu.staff");
    long ntu =
        Http.json(http().get("api/v1/spin-offs?limit=1&count=exact", ntuStaff))
            .getJsonNumber("total")
            .longValue();
    List<CSVRecord> own = Exports.csv(http().download("api/v1/spin-offs?format=csv", ntuStaff));
    assertThat(own).hasSize((int) ntu + 1);
    assertThat(own.stream().skip(1)).allSatisfy(c -> assertThat(c.get(4)).isEqualTo("NTU"));

    Exports.Sheet sheet =
        Exports.xlsx(http().download("api/v1/spin-offs?format=xlsx", http().tokenFor("auditor")));
    assertThat(sheet.rows()).isEqualTo((int) total);
    Expect.problem(http().get("api/v1/spin-offs?format=csv", http().tokenFor("coordinator")), 403);
    Expect.problem(http().get("api/v1/spin-offs?format=csv", null), 401);
  }

  @Test
  void theSpaceExportsItsUnitsOnADateAndTheirAreasAddUpToTheJsonPerUse() throws Exception {
    String code = "X-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    HttpResponse<String> added =
        send(
            "POST",
            "api/v1/space/units",
            "admin",
            "{\"code\":\"" + code + "\",\"name\":\"-1+1 store\",\"areaSqm\":1,\"use\":\"SHARED\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    String auditor = http().tokenFor("auditor");
    JsonObject opening = Http.json(http().get("api/v1/space?at=2021-07-01", auditor));

    List<CSVRecord> csv =
        Exports.csv(http().download("api/v1/space?at=2021-07-01&format=csv", auditor));
    assertThat(csv.get(0).values())
        .containsExactly("date", "code", "name", "use", "areaSqm", "allocatedSqm", "freeSqm");
    JsonArray units = array(http().get("api/v1/space/units", auditor));
    assertThat(csv).hasSize(units.size() + 1);
    CSVRecord store = csv.stream().filter(c -> c.get(1).equals(code)).findFirst().orElseThrow();
    assertThat(store.values())
        .containsExactly("2021-07-01", code, "'-1+1 store", "SHARED", "1", "0", "1");
    for (JsonObject use : opening.getJsonArray("uses").getValuesAs(JsonObject.class)) {
      List<CSVRecord> ofUse =
          csv.stream().skip(1).filter(c -> c.get(3).equals(use.getString("use"))).toList();
      assertThat(ofUse.stream().mapToInt(c -> Integer.parseInt(c.get(4))).sum())
          .as(use.getString("use"))
          .isEqualTo(use.getInt("unitsSqm"));
      assertThat(ofUse.stream().mapToInt(c -> Integer.parseInt(c.get(5))).sum())
          .as(use.getString("use"))
          .isEqualTo(use.getInt("allocatedSqm"));
      assertThat(ofUse.stream().mapToInt(c -> Integer.parseInt(c.get(6))).sum())
          .as(use.getString("use"))
          .isEqualTo(use.getInt("freeSqm"));
    }

    Exports.Sheet sheet =
        Exports.xlsx(http().download("api/v1/space?format=xlsx", http().tokenFor("council")));
    assertThat(sheet.rows()).isEqualTo(units.size());
    assertThat(sheet.headers()).contains("areaSqm", "allocatedSqm", "freeSqm");
    Expect.violations(
        http().get("api/v1/space?at=tomorrow&format=csv", auditor), "at:date.invalid");
    Expect.problem(http().get("api/v1/space?format=csv", http().tokenFor("ntu.staff")), 403);
    Expect.problem(http().get("api/v1/space?format=csv", null), 401);
  }

  @Test
  void theDemoHeadquartersShowsAllocatedAndFreeAreaPerUse() throws Exception {
    JsonObject today = Http.json(http().get("api/v1/space", http().tokenFor("council")));
    assertThat(today.getInt("buildingSqm")).isEqualTo(23_000);
    assertThat(today.getInt("unitsSqm")).isBetween(22_300, 23_000);
    JsonObject opening =
        Http.json(http().get("api/v1/space?at=2021-07-01", http().tokenFor("auditor")));
    JsonObject rd =
        opening.getJsonArray("uses").getValuesAs(JsonObject.class).stream()
            .filter(u -> u.getString("use").equals("RD_FACILITY"))
            .findFirst()
            .orElseThrow();
    assertThat(rd.getInt("allocatedSqm")).isEqualTo(15_600);
    JsonObject suites =
        opening.getJsonArray("uses").getValuesAs(JsonObject.class).stream()
            .filter(u -> u.getString("use").equals("SPIN_OFF"))
            .findFirst()
            .orElseThrow();
    // on opening day only DataSense held a suite; MedVision moved in in September
    assertThat(suites.getInt("allocatedSqm")).isEqualTo(300);
    assertThat(suites.getInt("freeSqm")).isEqualTo(suites.getInt("unitsSqm") - 300);
    assertThat(opening.getInt("freeSqm")).isEqualTo(23_000 - opening.getInt("allocatedSqm"));

    assertThat(array(http().get("api/v1/space/units", http().tokenFor("council"))).size())
        .isGreaterThanOrEqualTo(16);
    assertThat(array(http().get("api/v1/space/allocations", http().tokenFor("council"))).size())
        .isGreaterThanOrEqualTo(13);
    assertThat(http().get("api/v1/space", http().tokenFor("ntu.staff")).statusCode())
        .isEqualTo(403);
    Expect.violations(
        http().get("api/v1/space?at=tomorrow", http().tokenFor("council")), "at:date.invalid");
  }

  @Test
  void unitsNeverExceedTheBuildingAndOverlappingAllocationsAreRefused() throws Exception {
    JsonObject summary = Http.json(http().get("api/v1/space", http().tokenFor("admin")));
    int room = summary.getInt("buildingSqm") - summary.getInt("unitsSqm");
    Expect.violations(
        send(
            "POST",
            "api/v1/space/units",
            "admin",
            "{\"code\":\"TOO-BIG\",\"name\":\"Too big\",\"areaSqm\":"
                + (room + 1)
                + ",\"use\":\"SHARED\"}"),
        "areaSqm:space.unit.exceedsBuilding");
    Expect.violations(
        send(
            "POST",
            "api/v1/space/units",
            "admin",
            "{\"code\":\"B1-01\",\"areaSqm\":0,\"use\":\"GARDEN\"}"),
        "areaSqm:field.outOfRange",
        "use:field.notAllowedValue");
    Expect.violations(
        send(
            "POST",
            "api/v1/space/units",
            "admin",
            "{\"code\":\"bad code\",\"areaSqm\":5,\"use\":\"SHARED\"}"),
        "code:space.unit.code.invalid",
        "name:field.required");
    assertThat(
            send(
                    "POST",
                    "api/v1/space/units",
                    "council",
                    "{\"code\":\"NOPE\",\"name\":\"x\",\"areaSqm\":1,\"use\":\"SHARED\"}")
                .statusCode())
        .isEqualTo(403);

    long unit = newUnit(SpaceUse.RD_FACILITY);
    long centre = centreId();
    HttpResponse<String> first = allocate(unit, centre, "2030-01-01", "2030-12-31");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonObject overlap = Expect.problem(allocate(unit, centre, "2030-12-31", null), 409);
    assertThat(overlap.getString("detail")).contains("already allocated").contains("overlap");
    HttpResponse<String> next = allocate(unit, centre, "2031-01-01", null);
    assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
    Expect.violations(
        allocate(unit, centre, "2032-02-01", "2032-01-01"), "to:space.allocation.endBeforeStart");
    Expect.violations(
        send(
            "POST",
            "api/v1/space/allocations",
            "admin",
            "{\"unit\":"
                + unit
                + ",\"occupantKind\":\"SPIN_OFF\",\"occupant\":999999,\"from\":\"2040-01-01\"}"),
        "occupant:space.occupant.unknown");

    // ending the open-ended allocation frees the unit from the day after
    JsonObject open = Http.json(next);
    long openId = open.getJsonNumber("id").longValue();
    Expect.violations(
        send(
            "POST",
            "api/v1/space/allocations/" + openId + "/end",
            "admin",
            "{\"lastDay\":\"2030-06-01\",\"version\":" + open.getJsonNumber("version") + "}"),
        "lastDay:space.allocation.endBeforeStart");
    HttpResponse<String> ended =
        send(
            "POST",
            "api/v1/space/allocations/" + openId + "/end",
            "admin",
            "{\"lastDay\":\"2031-12-31\",\"version\":" + open.getJsonNumber("version") + "}");
    assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
    assertThat(Http.json(ended).getString("to")).isEqualTo("2031-12-31");
    Expect.problem(
        send(
            "POST",
            "api/v1/space/allocations/" + openId + "/end",
            "admin",
            "{\"lastDay\":\"2031-06-30\",\"version\":" + open.getJsonNumber("version") + "}"),
        409);
    assertThat(allocate(unit, centre, "2032-01-01", null).statusCode()).isEqualTo(201);
    assertThat(
            array(http().get("api/v1/space/allocations?unit=" + unit, http().tokenFor("auditor"))))
        .hasSize(3);
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_audit_entry WHERE entity_type = 'SpaceAllocation' AND entity_id = ?",
                Long.toString(openId)))
        .as("allocated, then ended")
        .isEqualTo("2");
  }

  @Test
  void twoAdminsAllocatingTheSameUnitAtOnceGetOneAllocationAndOneConflict() throws Exception {
    long unit = newUnit(SpaceUse.SPIN_OFF);
    long centre = centreId();
    String token = http().tokenFor("admin");
    int writers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<HttpResponse<String>>> results = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String from = "2035-0" + (1 + i) + "-01";
        Callable<HttpResponse<String>> call =
            () -> {
              start.await();
              return http()
                  .json(
                      "POST",
                      "api/v1/space/allocations",
                      token,
                      "{\"unit\":"
                          + unit
                          + ",\"occupantKind\":\"CENTRE\",\"occupant\":"
                          + centre
                          + ",\"from\":\""
                          + from
                          + "\"}");
            };
        results.add(pool.submit(call));
      }
      start.countDown();
      int created = 0;
      int conflicts = 0;
      for (Future<HttpResponse<String>> f : results) {
        HttpResponse<String> r = f.get();
        if (r.statusCode() == 201) {
          created++;
        } else {
          Expect.problem(r, 409);
          conflicts++;
        }
      }
      assertThat(created).isEqualTo(1);
      assertThat(conflicts).isEqualTo(writers - 1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(array(http().get("api/v1/space/allocations?unit=" + unit, token))).hasSize(1);
  }

  @Test
  void talentKpisShowGraduatesAndPlacementsAndANewPlacementMovesItsKpi() throws Exception {
    JsonObject placements = kpi("PLACEMENTS_2026_2027");
    assertThat(placements.getString("status")).isNotEqualTo("NO_SOURCE");
    assertThat(placements.getJsonNumber("target").longValue()).isEqualTo(10);
    JsonObject graduates = kpi("GRADUATES_2026_2027");
    assertThat(graduates.getString("status")).isNotEqualTo("NO_SOURCE");
    assertThat(graduates.getJsonNumber("actual").longValue()).isGreaterThanOrEqualTo(4);
    JsonObject drill =
        Http.json(
            http().get("api/v1/kpis/GRADUATES_2026_2027/records", http().tokenFor("council")));
    assertThat(drill.getJsonArray("items").getJsonObject(0).getString("type"))
        .isEqualTo("certificate");

    long before = placements.getJsonNumber("actual").longValue();
    String offered = Database.string("SELECT MIN(id) FROM tal_placement WHERE status = 'OFFERED'");
    assertThat(offered).as("the demo has an offered placement").isNotNull();
    HttpResponse<String> accepted =
        send(
            "POST",
            "api/v1/internships/placements/" + offered + "/status",
            "coordinator",
            "{\"status\":\"ACCEPTED\"}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(kpi("PLACEMENTS_2026_2027").getJsonNumber("actual").longValue())
        .isEqualTo(before + 1);
  }

  private JsonObject kpi(String code) throws Exception {
    return array(http().get("api/v1/kpis", http().tokenFor("council")))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(k -> k.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no KPI " + code));
  }

  @Test
  void anAdminBrowsesSpinOffsAndIsToldBesideTheDatesWhenAnAllocationOverlaps() throws Exception {
    portal.signInAs("admin");
    Browser.language(browser, "en");
    browser.findElement(By.cssSelector("[data-menu='menu-spin-offs']")).click();
    Browser.until(browser, By.id("spinOffTable"));
    assertThat(browser.findElement(By.id("spinOffTable")).getText())
        .contains("Xiantao DataSense Technology Co., Ltd")
        .contains("Nanyang Technological University, Singapore");
    Browser.screenshot(browser, "50-spin-offs");
    browser.findElement(By.linkText("Xiantao DataSense Technology Co., Ltd")).click();
    Browser.until(browser, By.id("spin-off-patents"));
    assertThat(browser.findElement(By.id("spin-off-patents")).getText()).contains("SSIJRI-");
    assertThat(browser.findElement(By.id("spin-off-founders")).getText()).contains("Dr. Wang Hao");
    Browser.screenshot(browser, "51-spin-off");

    // the form refuses a spin-off without founders beside the field
    browser.get(portal.url("app/records/spinoff-edit.xhtml"));
    Browser.until(browser, By.id("spinOffForm:nameEn"));
    browser.findElement(By.id("spinOffForm:nameEn")).sendKeys("Liangjiang Robotics Co., Ltd");
    new Select(browser.findElement(By.id("spinOffForm:originPartner"))).selectByIndex(1);
    browser.findElement(By.id("spinOffForm:foundedOn")).sendKeys("2025-03-01");
    browser.findElement(By.id("spinOffForm:save")).click();
    Browser.until(browser, By.cssSelector(".field-error"));
    assertThat(
            browser
                .findElement(By.id("spinOffForm:founders"))
                .findElement(By.xpath("following-sibling::*[1]"))
                .getText())
        .isEqualTo("Name at least one founder.");
    browser.findElement(By.id("spinOffForm:founders")).sendKeys("Dr. Ong Li Ting");
    browser.findElement(By.id("spinOffForm:save")).click();
    Browser.until(browser, By.id("spin-off-name"));
    assertThat(browser.findElement(By.id("spin-off-name")).getText())
        .isEqualTo("Liangjiang Robotics Co., Ltd");

    browser.findElement(By.cssSelector("[data-menu='menu-space']")).click();
    Browser.until(browser, By.id("space-uses"));
    assertThat(browser.findElement(By.id("building-sqm")).getText()).isEqualTo("23000");
    assertThat(browser.findElements(By.cssSelector("#space-uses tr.space-use"))).hasSize(4);
    Browser.screenshot(browser, "52-space");

    // DataSense's suite SO-101 is free from July 2023; RD-DT is held by its centre without end
    new Select(browser.findElement(By.id("allocation:unit")))
        .selectByVisibleText("RD-DT – Digital technologies laboratories (4200 sqm)");
    new Select(browser.findElement(By.id("allocation:occupant"))).selectByIndex(1);
    browser.findElement(By.id("allocation:from")).sendKeys("2026-01-01");
    browser.findElement(By.id("allocation:save")).click();
    Browser.until(browser, By.cssSelector(".field-error"));
    assertThat(
            browser
                .findElement(By.id("allocation:from"))
                .findElement(By.xpath("following-sibling::*[1]"))
                .getText())
        .contains("already allocated for part of that period");
    Browser.screenshot(browser, "53-space-overlap");

    // a unit of its own, allocated far ahead: saved, the page loaded again by a redirect, and a
    // reload allocates nothing more
    long unit = newUnit(SpaceUse.SHARED);
    String allocations = "SELECT COUNT(*) FROM rec_space_allocation WHERE unit_id = ?";
    browser.get(portal.url("app/records/space.xhtml"));
    Browser.until(browser, By.id("allocation:unit"));
    new Select(browser.findElement(By.id("allocation:unit"))).selectByValue(Long.toString(unit));
    new Select(browser.findElement(By.id("allocation:occupant"))).selectByIndex(1);
    browser.findElement(By.id("allocation:from")).sendKeys("2040-01-01");
    browser.findElement(By.id("allocation:save")).click();
    Browser.until(browser, By.cssSelector("#messages .msg-info"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("T-");
    assertThat(Database.string(allocations, unit)).isEqualTo("1");
    assertThat(browser.findElement(By.id("allocation:from")).getAttribute("value")).isEmpty();
    browser.navigate().refresh();
    Browser.until(browser, By.id("space-uses"));
    assertThat(Database.string(allocations, unit)).isEqualTo("1");
    assertThat(browser.findElements(By.cssSelector("#messages .msg-info"))).isEmpty();
  }

  @Test
  void theCouncilReadsTheSpaceInChinese() throws Exception {
    portal.signInAs("council");
    browser.findElement(By.id("langForm:zh")).click();
    Browser.language(browser, "zh-CN");
    try {
      browser.findElement(By.cssSelector("[data-menu='menu-space']")).click();
      Browser.until(browser, By.id("space-uses"));
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("总部空间");
      assertThat(browser.findElement(By.id("space-uses")).getText()).contains("研发设施");
      assertThat(browser.findElements(By.id("allocation"))).isEmpty();
      Browser.screenshot(browser, "54-space-zh");
    } finally {
      browser.findElement(By.id("langForm:en")).click();
      Browser.language(browser, "en");
    }
  }
}
