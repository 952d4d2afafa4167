package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's one list envelope (decision 0095): keyset pages followed by their cursors to the end,
 * stable while rows are added, the exact count only when asked, refusals naming the parameter, and
 * the deprecated offset still answered in its old shape with a Deprecation header.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CursorListsIT {

  @ArquillianResource private URL base;

  private final Map<String, String> tokens = new HashMap<>();

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  private Http api() {
    return new Http(base);
  }

  private String token(String user) throws Exception {
    String token = tokens.get(user);
    if (token == null) {
      token = api().tokenFor(user);
      tokens.put(user, token);
    }
    return token;
  }

  /** Drafts a deal as NTU staff on an NTU family and returns its id. */
  private long draft(String title, String upfront) throws Exception {
    HttpResponse<String> r =
        api()
            .postJson(
                "api/v1/licence-deals",
                token("ntu.staff"),
                LicensingApiIT.terms(
                    title,
                    LicensingApiIT.partner("HUAXIN"),
                    LicensingApiIT.ntuFamily(),
                    "SGD",
                    upfront));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).getJsonNumber("id").longValue();
  }

  private static String word() {
    return "Paged" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private JsonObject page(String path) throws Exception {
    HttpResponse<String> r = api().get(path, token("ntu.staff"));
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Deprecation")).as(path).isEmpty();
    JsonObject page = Http.json(r);
    assertThat(page.keySet()).as(path).containsExactlyInAnyOrder("items", "next");
    return page;
  }

  /** Every row of the list, page by page through the cursors; {@code between} runs after page 1. */
  private List<JsonObject> all(String path, Runnable between) throws Exception {
    List<JsonObject> rows = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      JsonObject page = page(path + (next == null ? "" : "&cursor=" + encode(next)));
      rows.addAll(page.getJsonArray("items").getValuesAs(JsonObject.class));
      next = page.isNull("next") ? null : page.getString("next");
      if (++pages == 1) {
        between.run();
      }
      assertThat(pages).as("pages of " + path).isLessThan(100);
    } while (next != null);
    return rows;
  }

  /** Each row's id, an audit entry's sequence, or a certificate's enrolment (one each). */
  private static List<Long> keys(List<JsonObject> rows) {
    return rows.stream()
        .map(
            r ->
                r.getJsonNumber(
                        r.containsKey("id")
                            ? "id"
                            : r.containsKey("sequence") ? "sequence" : "enrolmentId")
                    .longValue())
        .toList();
  }

  /** The steps an inbox row offers, in a fixed order. */
  private static List<String> actions(JsonObject row) {
    return row.getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .sorted()
        .toList();
  }

  private static List<Long> ids(List<JsonObject> rows) {
    return rows.stream().map(d -> d.getJsonNumber("id").longValue()).toList();
  }

  @Test
  void cursorsWalkADealListToItsEndWithoutDuplicatesOrGaps() throws Exception {
    String word = word();
    List<Long> created = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      // five amounts only: the total value sort meets equal keys across page borders
      created.add(draft(word + " " + (100 + i), Integer.toString(1000 * (1 + i % 5))));
    }
    String q = "api/v1/licence-deals?q=" + word.toLowerCase() + "&limit=4";

    // newest change first by default: the drafts in reverse order of creation
    List<Long> newestFirst = new ArrayList<>(created);
    java.util.Collections.reverse(newestFirst);
    assertThat(ids(all(q, () -> {}))).containsExactlyElementsOf(newestFirst);
    assertThat(ids(all(q + "&sort=title,asc", () -> {}))).containsExactlyElementsOf(created);

    // every other order of the list walks to the same rows, each once
    for (String sort : List.of("state,desc", "id,asc", "updatedAt,asc", "title,desc")) {
      assertThat(ids(all(q + "&sort=" + sort, () -> {})))
          .as(sort)
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(created);
    }

    List<JsonObject> byValue = all(q + "&sort=totalValue,desc", () -> {});
    assertThat(ids(byValue)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
    assertThat(byValue)
        .isSortedAccordingTo(
            Comparator.<JsonObject, BigDecimal>comparing(
                    d -> d.getJsonNumber("totalValue").bigDecimalValue())
                .thenComparing(d -> d.getJsonNumber("id").longValue())
                .reversed());
  }

  @Test
  void rowsAddedWhilePagingNeitherRepeatNorHideRowsThatWereThere() throws Exception {
    String word = word();
    List<Long> created = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      created.add(draft(word + " " + (100 + i), "1000"));
    }
    List<Long> added = new ArrayList<>();
    String q = "api/v1/licence-deals?q=" + word.toLowerCase() + "&limit=5&sort=title,asc";
    List<Long> seen =
        ids(
            all(
                q,
                () -> {
                  try {
                    // one before the first page's end (never shown), one after it (shown once)
                    added.add(draft(word + " 101a", "1000"));
                    added.add(draft(word + " 108a", "1000"));
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }));
    List<Long> expected = new ArrayList<>(created);
    expected.add(9, added.get(1));
    assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(expected);

    // newest first: rows added after the first page are above the cursor and not shown again
    List<Long> newest =
        ids(
            all(
                "api/v1/licence-deals?q=" + word.toLowerCase() + "&limit=5",
                () -> {
                  try {
                    added.add(draft(word + " 200", "1000"));
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }));
    assertThat(newest)
        .doesNotHaveDuplicates()
        .hasSize(created.size() + 2)
        .containsAll(created)
        .doesNotContain(added.get(2));
  }

  @Test
  void patentFamiliesWalkedByCursorAreTheFamiliesOfTheWholeListInItsOrder() throws Exception {
    for (String sort : List.of("reference,asc", "title,desc", "priorityDate,asc")) {
      // the whole list by the deprecated offsets, page after page (other tests may add many)
      List<Long> expected = new ArrayList<>();
      for (int offset = 0; ; offset += 200) {
        HttpResponse<String> r =
            api()
                .get(
                    "api/v1/patents?limit=200&sort=" + sort + "&offset=" + offset,
                    token("ntu.staff"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<JsonObject> page = Http.json(r).getJsonArray("families").getValuesAs(JsonObject.class);
        expected.addAll(ids(page));
        if (page.size() < 200) {
          break;
        }
      }
      assertThat(expected).isNotEmpty();
      int limit = Math.max(3, expected.size() / 40 + 1);
      assertThat(ids(all("api/v1/patents?limit=" + limit + "&sort=" + sort, () -> {})))
          .as(sort)
          .containsExactlyElementsOf(expected);
    }
  }

  /**
   * The talent lists read by keyset (participants by name, cohorts by start or name): walked by
   * cursor, they are the rows the deprecated offsets list, in the same order, each once, and no
   * page counts the list unless asked (issue 16: the count of 300,000 participants was most of the
   * list's time).
   */
  @Test
  void participantsCohortsCertificatesAndTheAuditTrailWalkedByCursorAreTheWholeListInItsOrder()
      throws Exception {
    String word = word();
    for (int i = 0; i < 4; i++) {
      draft(word + " audited " + i, "1000");
    }
    for (String[] list :
        new String[][] {
          {"api/v1/participants?q=", "coordinator", "items"},
          {"api/v1/cohorts?sort=startsOn", "coordinator", "items"},
          {"api/v1/cohorts?sort=name", "admin", "items"},
          {"api/v1/cohorts?sort=status", "ntu.staff", "items"},
          // the demo's certificates at least (never removed), newest first and by holder
          {"api/v1/certificates?sort=issuedOn", "coordinator", "items"},
          {"api/v1/certificates?sort=holder", "admin", "items"},
          // the drafts above, newest first (the staff's own writes: nothing else adds any
          // meanwhile)
          {"api/v1/audit?actor=ntu.staff", "auditor", "entries"},
        }) {
      String path = list[0];
      String reader = token(list[1]);
      List<Long> expected = new ArrayList<>();
      for (int offset = 0; ; offset += 200) {
        HttpResponse<String> r = api().get(path + "&limit=200&offset=" + offset, reader);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<JsonObject> rows = Http.json(r).getJsonArray(list[2]).getValuesAs(JsonObject.class);
        expected.addAll(keys(rows));
        if (rows.size() < 200) {
          break;
        }
      }
      assertThat(expected).as(path).hasSizeGreaterThan(3);
      int limit = Math.max(3, expected.size() / 40 + 1);
      List<Long> walked = new ArrayList<>();
      String next = null;
      do {
        HttpResponse<String> r =
            api()
                .get(
                    path + "&limit=" + limit + (next == null ? "" : "&cursor=" + encode(next)),
                    reader);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        JsonObject page = Http.json(r);
        assertThat(page.keySet()).as(path).containsExactlyInAnyOrder("items", "next");
        walked.addAll(keys(page.getJsonArray("items").getValuesAs(JsonObject.class)));
        next = page.isNull("next") ? null : page.getString("next");
      } while (next != null);
      assertThat(walked).as(path).containsExactlyElementsOf(expected);
      JsonObject counted = Http.json(api().get(path + "&limit=1&count=exact", reader));
      assertThat(counted.getJsonNumber("total").longValue()).as(path).isEqualTo(expected.size());
    }
    // a cursor of one order does not continue another
    JsonObject byName = Http.json(api().get("api/v1/cohorts?sort=name&limit=1", token("admin")));
    Expect.violations(
        api()
            .get(
                "api/v1/cohorts?sort=status&limit=1&cursor=" + encode(byName.getString("next")),
                token("admin")),
        "cursor:cursor.invalid");
    // a certificate searched by its code through the keyset list is that certificate alone
    JsonObject first =
        Http.json(api().get("api/v1/certificates?sort=holder&limit=1", token("coordinator")))
            .getJsonArray("items")
            .getJsonObject(0);
    List<JsonObject> found =
        Http.json(
                api()
                    .get(
                        "api/v1/certificates?count=exact&q=" + encode(first.getString("code")),
                        token("coordinator")))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(found).extracting(c -> c.getString("code")).containsExactly(first.getString("code"));
    Expect.violations(
        api().get("api/v1/certificates?sort=code", token("admin")), "sort:sort.unsupported");
  }

  /**
   * The inbox by keyset (decision 0125), one deal a page: what the deprecated offsets list, in the
   * same order, for an admin's approvals and a co-owner's consents.
   */
  @Test
  void anInboxWalkedByCursorIsTheWholeInboxWaitingLongestFirst() throws Exception {
    // three deals of NTU's own family, submitted: they wait for an admin's approval
    String word = word();
    for (int i = 0; i < 3; i++) {
      long id = draft(word + " waiting " + i, "1000");
      HttpResponse<String> submitted =
          api().postJson("api/v1/licence-deals/" + id + "/submit", token("ntu.staff"), "{}");
      assertThat(submitted.statusCode()).as(submitted.body()).isLessThan(300);
    }
    for (String user : List.of("admin", "scut.staff")) {
      String reader = token(user);
      HttpResponse<String> old = api().get("api/v1/licence-deals/inbox?offset=0&limit=200", reader);
      assertThat(old.statusCode()).as(old.body()).isEqualTo(200);
      assertThat(old.headers().firstValue("Deprecation")).as(user).isPresent();
      List<JsonObject> expected =
          Http.json(old).getJsonArray("deals").getValuesAs(JsonObject.class);
      List<JsonObject> walked = new ArrayList<>();
      String next = null;
      do {
        HttpResponse<String> r =
            api()
                .get(
                    "api/v1/licence-deals/inbox?limit=1"
                        + (next == null ? "" : "&cursor=" + encode(next)),
                    reader);
        assertThat(r.statusCode()).as(user + ": " + r.body()).isEqualTo(200);
        JsonObject page = Http.json(r);
        assertThat(page.keySet()).as(user).containsExactlyInAnyOrder("items", "next");
        walked.addAll(page.getJsonArray("items").getValuesAs(JsonObject.class));
        next = page.isNull("next") ? null : page.getString("next");
      } while (next != null);
      assertThat(ids(walked)).as(user).containsExactlyElementsOf(ids(expected));
      if (user.equals("admin")) {
        assertThat(walked).hasSizeGreaterThanOrEqualTo(3);
      }
      assertThat(walked.stream().map(CursorListsIT::actions).toList())
          .as(user)
          .containsExactlyElementsOf(expected.stream().map(CursorListsIT::actions).toList());
      JsonObject counted =
          Http.json(api().get("api/v1/licence-deals/inbox?limit=1&count=exact", reader));
      assertThat(counted.getJsonNumber("total").longValue()).as(user).isEqualTo(expected.size());
    }
    JsonObject byTitle =
        Http.json(api().get("api/v1/licence-deals?sort=title,asc&limit=1", token("admin")));
    Expect.violations(
        api()
            .get(
                "api/v1/licence-deals/inbox?cursor=" + encode(byTitle.getString("next")),
                token("admin")),
        "cursor:cursor.invalid");
  }

  @Test
  void listsPagedByPositionAnswerTheSameEnvelopeAndWalkToTheirEnd() throws Exception {
    String admin = token("admin");
    for (String list : List.of("api/v1/partners?sort=code", "api/v1/projects?sort=titleEn")) {
      String sep = list.contains("?") ? "&" : "?";
      HttpResponse<String> whole = api().get(list + sep + "offset=0&limit=200", admin);
      assertThat(whole.statusCode()).as(whole.body()).isEqualTo(200);
      assertThat(whole.headers().firstValue("Deprecation")).as(list).isPresent();
      List<Long> expected =
          ids(Http.json(whole).getJsonArray("items").getValuesAs(JsonObject.class));
      assertThat(expected).as(list).isNotEmpty().hasSizeLessThan(200);
      List<JsonObject> walked = new ArrayList<>();
      String next = null;
      do {
        HttpResponse<String> r =
            api().get(list + sep + "limit=4" + (next == null ? "" : "&cursor=" + next), admin);
        assertThat(r.statusCode()).as(list + ": " + r.body()).isEqualTo(200);
        JsonObject page = Http.json(r);
        assertThat(page.keySet()).as(list).containsExactlyInAnyOrder("items", "next");
        walked.addAll(page.getJsonArray("items").getValuesAs(JsonObject.class));
        next = page.isNull("next") ? null : page.getString("next");
      } while (next != null);
      assertThat(ids(walked)).as(list).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void partnerIdsArePlainNumbers() throws Exception {
    JsonObject me = Http.json(api().get("api/v1/users?limit=200", token("ntu.staff")));
    assertThat(me.getJsonArray("items").getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(
            u -> assertThat(u.get("partner").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER));
  }

  @Test
  void theExactCountIsAnsweredOnlyWhenAskedFor() throws Exception {
    String word = word();
    for (int i = 0; i < 3; i++) {
      draft(word + " " + i, "1000");
    }
    String q = "api/v1/licence-deals?q=" + word.toLowerCase() + "&limit=2";
    HttpResponse<String> counted = api().get(q + "&count=exact", token("ntu.staff"));
    assertThat(counted.statusCode()).as(counted.body()).isEqualTo(200);
    JsonObject page = Http.json(counted);
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(3);
    assertThat(page.getJsonArray("items")).hasSize(2);
    JsonObject last =
        Http.json(
            api()
                .get(
                    q + "&count=exact&cursor=" + encode(page.getString("next")),
                    token("ntu.staff")));
    assertThat(last.getJsonNumber("total").longValue()).isEqualTo(3);
    assertThat(last.getJsonArray("items")).hasSize(1);
    assertThat(last.get("next")).isEqualTo(JsonValue.NULL);
    assertThat(page(q).containsKey("total")).isFalse();
  }

  @Test
  void aCursorOrLimitOrCountThatCannotBeReadIsRefusedNamingIt() throws Exception {
    String ntu = token("ntu.staff");
    String list = "api/v1/licence-deals?limit=1";
    Expect.violations(api().get(list + "&cursor=nonsense", ntu), "cursor:cursor.invalid");
    String next = page(list).getString("next");
    String tampered =
        next.substring(0, 5) + (next.charAt(5) == 'A' ? 'B' : 'A') + next.substring(6);
    Expect.violations(api().get(list + "&cursor=" + tampered, ntu), "cursor:cursor.invalid");
    // a cursor continues the order it came from only
    Expect.violations(
        api().get(list + "&sort=title,asc&cursor=" + encode(next), ntu), "cursor:cursor.invalid");
    Expect.violations(
        api().get(list + "&offset=5&cursor=" + encode(next), ntu), "offset:cursor.withOffset");
    Expect.violations(api().get("api/v1/licence-deals?limit=0", ntu), "limit:page.outOfRange");
    Expect.violations(api().get("api/v1/licence-deals?limit=201", ntu), "limit:page.outOfRange");
    Expect.violations(
        api().get("api/v1/licence-deals?count=roughly", ntu), "count:field.notAllowedValue");
  }

  @Test
  void anOffsetStillAnswersTheOldShapeAndSaysItIsDeprecated() throws Exception {
    String word = word();
    for (int i = 0; i < 3; i++) {
      draft(word + " " + i, "1000");
    }
    HttpResponse<String> r =
        api()
            .get(
                "api/v1/licence-deals?q=" + word.toLowerCase() + "&offset=1&limit=1",
                token("ntu.staff"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonObject old = Http.json(r);
    assertThat(old.getJsonArray("deals")).hasSize(1);
    assertThat(old.getInt("total")).isEqualTo(3);
    assertThat(old.getInt("offset")).isEqualTo(1);
    assertThat(r.headers().firstValue("Deprecation")).get().asString().matches("@\\d+");
    assertThat(r.headers().firstValue("Link")).get().asString().contains("rel=\"deprecation\"");
  }

  /**
   * Decision 0110: a partner's deals newest change first are read from the parties' index
   * (lic_deal_party); the deprecated offsets still read lic_deal with the scope's condition. Both
   * give the same deals in the same order, and the exact count is their number, after deals were
   * drafted and one submitted through the application (which rewrites each party's row).
   */
  @Test
  void aPartnersDealsThroughThePartiesIndexAreTheDealsOfTheScopeInTheirOrder() throws Exception {
    String word = word();
    long submitted = draft(word + " 1", "1000");
    draft(word + " 2", "2000");
    HttpResponse<String> submit =
        api().postJson("api/v1/licence-deals/" + submitted + "/submit", token("ntu.staff"), "{}");
    assertThat(submit.statusCode()).as(submit.body()).isLessThan(300);

    for (String state : List.of("", "&state=DRAFT", "&state=ACTIVE", "&state=EXPIRED")) {
      String list = "api/v1/licence-deals?limit=200" + state;
      List<Long> byCursor = ids(all(list, () -> {}));
      List<Long> byOffset = new ArrayList<>();
      for (int offset = 0; ; offset += 200) {
        HttpResponse<String> r = api().get(list + "&offset=" + offset, token("ntu.staff"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<JsonObject> deals = Http.json(r).getJsonArray("deals").getValuesAs(JsonObject.class);
        byOffset.addAll(ids(deals));
        if (deals.size() < 200) {
          break;
        }
      }
      assertThat(byCursor).as(list).containsExactlyElementsOf(byOffset);
      if (state.isEmpty()) {
        assertThat(byCursor).as(list).contains(submitted);
      }
      JsonObject counted = Http.json(api().get(list + "&count=exact", token("ntu.staff")));
      assertThat(counted.getJsonNumber("total").longValue()).as(list).isEqualTo(byOffset.size());
    }
  }
}
