package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Talent programmes over HTTP: enrolment races, waitlist promotion, bulk CSV, certificates, scope.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TalentApiIT {

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  private Http http() {
    return new Http(base);
  }

  private String token(String user) throws Exception {
    return new Http(base).tokenFor(user);
  }

  private static String unique(String prefix) {
    return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
  }

  private long partnerId(String code) throws Exception {
    return Long.parseLong(Database.string("SELECT id FROM ptn_partner WHERE code = ?", code));
  }

  private long programme(String token, String eligibility, long... owners) throws Exception {
    String ownerList =
        java.util.Arrays.stream(owners).mapToObj(Long::toString).collect(Collectors.joining(","));
    HttpResponse<String> r =
        http()
            .postJson(
                "api/v1/programmes",
                token,
                "{\"code\":\""
                    + unique("IT-")
                    + "\",\"kind\":\"CERTIFICATION_COURSE\","
                    + "\"titleEn\":\"Test course\",\"titleZh\":\"测试课程\",\"owners\":["
                    + ownerList
                    + "],"
                    + "\"eligibility\":\""
                    + eligibility
                    + "\",\"minAttendancePercent\":80,"
                    + "\"assessmentRequired\":true}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).getJsonNumber("id").longValue();
  }

  private long cohort(String token, long programme, int capacity) throws Exception {
    HttpResponse<String> r =
        http()
            .postJson(
                "api/v1/cohorts",
                token,
                "{\"programmeId\":"
                    + programme
                    + ",\"name\":\"Intake "
                    + capacity
                    + "\","
                    + "\"startsOn\":\"2027-03-01\",\"endsOn\":\"2027-06-30\","
                    + "\"applicationsOpen\":\"2026-10-01\",\"applicationsClose\":\"2027-02-15\","
                    + "\"capacity\":"
                    + capacity
                    + ",\"feeAmount\":\"1500.00\",\"feeCurrency\":\"SGD\","
                    + "\"status\":\"OPEN\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(Http.json(r).getString("fee")).isEqualTo("SGD 1,500.00");
    return Http.json(r).getJsonNumber("id").longValue();
  }

  private long participant(String token, String name, String zh, String email, String matric)
      throws Exception {
    HttpResponse<String> r =
        http()
            .postJson(
                "api/v1/participants",
                token,
                Json.createObjectBuilder()
                    .add("nameLatin", name)
                    .add("nameZh", zh == null ? "" : zh)
                    .add("email", email)
                    .add("organisation", "Test organisation")
                    .add("matriculationNumber", matric == null ? "" : matric)
                    .add("nationality", "SG")
                    .build()
                    .toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).getJsonNumber("id").longValue();
  }

  @Test
  void twoHundredConcurrentEnrolmentsFillFiftySeatsAndWaitlistTheRestInCommitOrder()
      throws Exception {
    String coordinator = token("coordinator");
    long cohort = cohort(coordinator, programme(coordinator, "OPEN", partnerId("NTU")), 50);
    String run = unique("race");
    List<Long> people = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      people.add(
          participant(coordinator, "Racer " + i, "赛跑者" + i, run + "." + i + "@example.com", null));
    }

    long started = System.nanoTime();
    List<CompletableFuture<HttpResponse<String>>> burst =
        people.stream()
            .map(
                p ->
                    http()
                        .sendAsync(
                            http()
                                .request("api/v1/cohorts/" + cohort + "/enrolments", coordinator)
                                .header("Content-Type", "application/json")
                                .POST(
                                    HttpRequest.BodyPublishers.ofString(
                                        "{\"participantId\":" + p + "}"))
                                .build()))
            .toList();
    List<HttpResponse<String>> responses = burst.stream().map(CompletableFuture::join).toList();
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("200 concurrent enrolments took %.2f s (%.0f/s)%n", seconds, 200 / seconds);

    assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
    Map<String, Long> states =
        responses.stream()
            .collect(
                Collectors.groupingBy(r -> Http.json(r).getString("state"), Collectors.counting()));
    assertThat(states).containsEntry("ENROLLED", 50L).containsEntry("WAITLISTED", 150L).hasSize(2);
    Map<Long, Integer> positionById = new HashMap<>();
    responses.stream()
        .map(Http::json)
        .filter(j -> j.getString("state").equals("WAITLISTED"))
        .forEach(
            j ->
                positionById.put(
                    j.getJsonNumber("enrolmentId").longValue(), j.getInt("waitlistPosition")));
    assertThat(new HashSet<>(positionById.values()))
        .isEqualTo(IntStream.rangeClosed(1, 150).boxed().collect(Collectors.toSet()));

    JsonObject roster =
        Http.json(http().get("api/v1/cohorts/" + cohort + "/enrolments", coordinator));
    assertThat(roster.getJsonArray("seated")).hasSize(50);
    JsonArray waitlist = roster.getJsonArray("waitlist");
    assertThat(waitlist).hasSize(150);
    for (int i = 0; i < waitlist.size(); i++) {
      JsonObject entry = waitlist.getJsonObject(i);
      // the line is in the order the enrolments committed: each kept the position it was told
      assertThat(entry.getInt("waitlistPosition")).isEqualTo(i + 1);
      assertThat(positionById.get(entry.getJsonNumber("enrolmentId").longValue())).isEqualTo(i + 1);
    }
    assertThat(roster.getJsonObject("cohort").getInt("enrolled")).isEqualTo(50);
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM tal_enrolment WHERE cohort_id = ? AND state = 'ENROLLED'",
                cohort))
        .isEqualTo("50");

    // withdrawing one seat promotes exactly the first in line, who is e-mailed
    long leaving =
        roster.getJsonArray("seated").getJsonObject(0).getJsonNumber("enrolmentId").longValue();
    long first = waitlist.getJsonObject(0).getJsonNumber("enrolmentId").longValue();
    String firstEmail = waitlist.getJsonObject(0).getString("email");
    HttpResponse<String> withdrawn =
        http()
            .send(
                http()
                    .request("api/v1/cohorts/" + cohort + "/enrolments/" + leaving, coordinator)
                    .DELETE()
                    .build());

    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(Http.json(withdrawn).getJsonObject("withdrawn").getString("state"))
        .isEqualTo("WITHDRAWN");
    JsonObject promoted = Http.json(withdrawn).getJsonObject("promoted");
    assertThat(promoted.getJsonNumber("enrolmentId").longValue()).isEqualTo(first);
    assertThat(promoted.getString("state")).isEqualTo("ENROLLED");
    JsonObject after =
        Http.json(http().get("api/v1/cohorts/" + cohort + "/enrolments", coordinator));
    assertThat(after.getJsonArray("seated")).hasSize(50);
    assertThat(after.getJsonArray("waitlist")).hasSize(149);
    assertThat(after.getJsonArray("waitlist").getJsonObject(0).getInt("waitlistPosition"))
        .isEqualTo(1);
    assertThat(after.getJsonArray("withdrawn")).hasSize(1);
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_mail_outbox WHERE recipient = ?", firstEmail))
        .isEqualTo("1");
    assertThat(
            Database.string("SELECT subject FROM core_mail_outbox WHERE recipient = ?", firstEmail))
        .startsWith("A seat is yours: ");
    // everyone seated at once was told so, once; the waitlisted were not told they have a seat
    String seatedEmail = roster.getJsonArray("seated").getJsonObject(1).getString("email");
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_mail_outbox WHERE recipient = ? AND subject LIKE ?",
                seatedEmail,
                "Your seat is confirmed: %"))
        .isEqualTo("1");
    String waitingEmail = after.getJsonArray("waitlist").getJsonObject(0).getString("email");
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_mail_outbox WHERE recipient = ?", waitingEmail))
        .isEqualTo("0");

    // withdrawing the same enrolment again is a conflict and promotes nobody
    HttpResponse<String> again =
        http()
            .send(
                http()
                    .request("api/v1/cohorts/" + cohort + "/enrolments/" + leaving, coordinator)
                    .DELETE()
                    .build());
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(Http.json(again).getJsonArray("violations").getJsonObject(0).getString("code"))
        .isEqualTo("enrolment.notActive");
    assertThat(
            Http.json(http().get("api/v1/cohorts/" + cohort + "/enrolments", coordinator))
                .getJsonArray("waitlist"))
        .hasSize(149);
  }

  @Test
  void anEnrolmentRepeatedWithItsIdempotencyKeyIsAnsweredFromMemory() throws Exception {
    String coordinator = token("coordinator");
    long cohort = cohort(coordinator, programme(coordinator, "OPEN", partnerId("NTU")), 5);
    String run = unique("idem");
    long person = participant(coordinator, "Repeat Caller", "重复者", run + "@example.com", null);
    String body = "{\"participantId\":" + person + "}";
    String key = "enrol-" + run;

    HttpResponse<String> first = http().send(enrolment(cohort, coordinator, body, key));
    HttpResponse<String> again = http().send(enrolment(cohort, coordinator, body, key));
    HttpResponse<String> withoutKey = http().send(enrolment(cohort, coordinator, body, null));

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("Idempotency-Replayed")).contains("true");
    // without the key the same request is a second enrolment, which the rules refuse
    assertThat(withoutKey.statusCode()).as(withoutKey.body()).isEqualTo(409);
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM tal_enrolment WHERE cohort_id = ? AND participant_id = ?",
                cohort,
                person))
        .isEqualTo("1");
  }

  private HttpRequest enrolment(long cohort, String token, String body, String key) {
    HttpRequest.Builder b =
        http()
            .request("api/v1/cohorts/" + cohort + "/enrolments", token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      b.header("Idempotency-Key", key);
    }
    return b.build();
  }

  /**
   * Issue 16's burst: a thousand enrolments at once into a hundred seats. Exactly a hundred seated,
   * nine hundred waiting with the positions 1 to 900, each told once, in commit order; the counters
   * of the cohort row equal its rows (decision 0091). Run on MariaDB too: its REPEATABLE READ is
   * where a position counted over a snapshot came out duplicated.
   */
  @Test
  void aThousandConcurrentEnrolmentsTakeExactlyAHundredSeatsAndTheCountersFollowWithdrawals()
      throws Exception {
    String coordinator = token("coordinator");
    long programme = programme(coordinator, "OPEN", partnerId("NTU"));
    long cohort = cohort(coordinator, programme, 100);
    // a thousand people registered in one request: a CSV into a cohort that holds them all
    long holding = cohort(coordinator, programme, 1000);
    String run = unique("k").toLowerCase();
    StringBuilder csv =
        new StringBuilder("nameLatin,nameZh,email,organisation,matriculationNumber,nationality\n");
    for (int i = 0; i < 1000; i++) {
      csv.append("Burst ").append(i).append(",,").append(run).append('.').append(i);
      csv.append("@example.com,Test organisation,,SG\n");
    }
    HttpResponse<String> imported =
        http()
            .postCsv(
                "api/v1/cohorts/" + holding + "/enrolments/import?confirm=true",
                coordinator,
                csv.toString());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    List<Long> people =
        Http.json(http().get("api/v1/cohorts/" + holding + "/enrolments", coordinator))
            .getJsonArray("seated")
            .stream()
            .map(v -> v.asJsonObject().getJsonNumber("participantId").longValue())
            .toList();
    assertThat(people).hasSize(1000);

    long started = System.nanoTime();
    List<HttpResponse<String>> responses =
        people.stream()
            .map(
                p ->
                    http()
                        .sendAsync(
                            http()
                                .request("api/v1/cohorts/" + cohort + "/enrolments", coordinator)
                                .header("Content-Type", "application/json")
                                .POST(
                                    HttpRequest.BodyPublishers.ofString(
                                        "{\"participantId\":" + p + "}"))
                                .build()))
            .toList()
            .stream()
            .map(CompletableFuture::join)
            .toList();
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "1,000 concurrent enrolments took %.2f s (%.0f/s)%n", seconds, 1000 / seconds);

    assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
    assertThat(
            responses.stream()
                .collect(
                    Collectors.groupingBy(
                        r -> Http.json(r).getString("state"), Collectors.counting())))
        .containsEntry("ENROLLED", 100L)
        .containsEntry("WAITLISTED", 900L)
        .hasSize(2);
    Map<Long, Integer> told = new HashMap<>();
    responses.stream()
        .map(Http::json)
        .filter(j -> j.getString("state").equals("WAITLISTED"))
        .forEach(
            j ->
                told.put(j.getJsonNumber("enrolmentId").longValue(), j.getInt("waitlistPosition")));
    assertThat(new HashSet<>(told.values()))
        .isEqualTo(IntStream.rangeClosed(1, 900).boxed().collect(Collectors.toSet()));
    assertCountersMatchRows(cohort, 100, 900);
    assertThat(
            Database.string(
                "SELECT COUNT(DISTINCT waitlist_ticket) FROM tal_enrolment"
                    + " WHERE cohort_id = ? AND state = 'WAITLISTED'",
                cohort))
        .isEqualTo("900");
    // the line is in ticket order, and each kept the position it was told
    JsonObject roster =
        Http.json(http().get("api/v1/cohorts/" + cohort + "/enrolments", coordinator));
    JsonArray line = roster.getJsonArray("waitlist");
    assertThat(line).hasSize(900);
    for (int i = 0; i < line.size(); i++) {
      JsonObject entry = line.getJsonObject(i);
      assertThat(entry.getInt("waitlistPosition")).isEqualTo(i + 1);
      assertThat(told.get(entry.getJsonNumber("enrolmentId").longValue())).isEqualTo(i + 1);
    }

    // ten seats given up at once: each goes to the next in line, the counters follow
    List<Long> leaving =
        roster.getJsonArray("seated").stream()
            .limit(10)
            .map(v -> v.asJsonObject().getJsonNumber("enrolmentId").longValue())
            .toList();
    Set<Long> firstTen =
        line.stream()
            .limit(10)
            .map(v -> v.asJsonObject().getJsonNumber("enrolmentId").longValue())
            .collect(Collectors.toSet());
    List<HttpResponse<String>> withdrawals =
        leaving.stream()
            .map(
                id ->
                    http()
                        .sendAsync(
                            http()
                                .request(
                                    "api/v1/cohorts/" + cohort + "/enrolments/" + id, coordinator)
                                .DELETE()
                                .build()))
            .toList()
            .stream()
            .map(CompletableFuture::join)
            .toList();
    assertThat(withdrawals).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
    assertThat(
            withdrawals.stream()
                .map(
                    r ->
                        Http.json(r)
                            .getJsonObject("promoted")
                            .getJsonNumber("enrolmentId")
                            .longValue())
                .collect(Collectors.toSet()))
        .isEqualTo(firstTen);
    assertCountersMatchRows(cohort, 100, 890);

    // a withdrawn participant who comes back joins the end of the line and is told so
    long back =
        Long.parseLong(
            Database.string(
                "SELECT participant_id FROM tal_enrolment WHERE id = ?", leaving.get(0)));
    HttpResponse<String> again =
        http()
            .postJson(
                "api/v1/cohorts/" + cohort + "/enrolments",
                coordinator,
                "{\"participantId\":" + back + "}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    assertThat(Http.json(again).getInt("waitlistPosition")).isEqualTo(891);
    assertCountersMatchRows(cohort, 100, 891);
  }

  /** The cohort row's seat count and line length equal its rows. */
  private static void assertCountersMatchRows(long cohort, int seated, int waiting)
      throws Exception {
    assertThat(Database.string("SELECT enrolled_count FROM tal_cohort WHERE id = ?", cohort))
        .isEqualTo(String.valueOf(seated));
    assertThat(Database.string("SELECT waitlist_length FROM tal_cohort WHERE id = ?", cohort))
        .isEqualTo(String.valueOf(waiting));
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM tal_enrolment WHERE cohort_id = ? AND state = 'ENROLLED'",
                cohort))
        .isEqualTo(String.valueOf(seated));
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM tal_enrolment WHERE cohort_id = ? AND state = 'WAITLISTED'",
                cohort))
        .isEqualTo(String.valueOf(waiting));
  }

  @Test
  void concurrentWithdrawalsPromoteExactlyOneEach() throws Exception {
    String coordinator = token("coordinator");
    long cohort = cohort(coordinator, programme(coordinator, "OPEN", partnerId("NTU")), 10);
    String run = unique("wd");
    List<Long> enrolmentIds = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long p = participant(coordinator, "Leaver " + i, null, run + "." + i + "@example.com", null);
      enrolmentIds.add(
          Http.json(
                  http()
                      .postJson(
                          "api/v1/cohorts/" + cohort + "/enrolments",
                          coordinator,
                          "{\"participantId\":" + p + "}"))
              .getJsonNumber("enrolmentId")
              .longValue());
    }

    List<HttpResponse<String>> responses =
        enrolmentIds.subList(0, 5).stream()
            .map(
                id ->
                    http()
                        .sendAsync(
                            http()
                                .request(
                                    "api/v1/cohorts/" + cohort + "/enrolments/" + id, coordinator)
                                .DELETE()
                                .build()))
            .toList()
            .stream()
            .map(CompletableFuture::join)
            .toList();

    assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
    Set<Long> promoted =
        responses.stream()
            .map(
                r ->
                    Http.json(r).getJsonObject("promoted").getJsonNumber("enrolmentId").longValue())
            .collect(Collectors.toSet());
    assertThat(promoted).isEqualTo(new HashSet<>(enrolmentIds.subList(10, 15)));
    JsonObject roster =
        Http.json(http().get("api/v1/cohorts/" + cohort + "/enrolments", coordinator));
    assertThat(roster.getJsonArray("seated")).hasSize(10);
    assertThat(roster.getJsonArray("waitlist")).hasSize(5);
  }

  @Test
  void aThousandRowCsvWithTenBadRowsIsReportedThenEnrolledOnceOnly() throws Exception {
    String coordinator = token("coordinator");
    long cohort = cohort(coordinator, programme(coordinator, "OPEN", partnerId("NTU")), 600);
    String run = unique("csv").toLowerCase();
    StringBuilder file =
        new StringBuilder(
            "\uFEFFnameLatin,nameZh,email,organisation,matriculationNumber,nationality\n");
    Map<Integer, String> bad = new HashMap<>();
    // matriculation numbers of this run only: the database outlives a run
    java.util.Random random = new java.util.Random();
    char prefix = (char) ('A' + random.nextInt(26));
    int seed = random.nextInt(9_000_000);
    for (int i = 0; i < 1000; i++) {
      int line = i + 2;
      String name = "Student " + i;
      String email = run + "." + i + "@example.com";
      String matric =
          i % 4 == 0 ? String.format("%c%07d%c", prefix, (seed + i) % 10_000_000, 'X') : "";
      String nationality = i % 2 == 0 ? "CN" : "SG";
      switch (i) {
        case 10, 200 -> {
          email = "not-an-email-" + i;
          bad.put(line, "account.email.invalid");
        }
        case 30 -> {
          name = "";
          bad.put(line, "participant.nameLatin.required");
        }
        case 333 -> {
          name = "   ";
          bad.put(line, "participant.nameLatin.required");
        }
        case 450, 451 -> {
          email = run + ".5@example.com";
          bad.put(line, "import.duplicateInFile");
        }
        case 600 -> {
          matric = "12345";
          bad.put(line, "participant.matriculation.invalid");
        }
        case 777 -> {
          matric = "A1B";
          bad.put(line, "participant.matriculation.invalid");
        }
        case 888 -> {
          nationality = "ZZ";
          bad.put(line, "participant.nationality.invalid");
        }
        case 999 -> {
          email = "";
          bad.put(line, "account.email.invalid");
        }
        default -> {}
      }
      file.append('"')
          .append(name)
          .append("\",学生")
          .append(i)
          .append(',')
          .append(email)
          .append(",\"Org, Ltd\",")
          .append(matric)
          .append(',')
          .append(nationality)
          .append('\n');
    }
    String body = file.toString();

    HttpResponse<String> preview =
        http().postCsv("api/v1/cohorts/" + cohort + "/enrolments/import", coordinator, body);

    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    JsonObject report = Http.json(preview);
    assertThat(report.getInt("rows")).isEqualTo(1000);
    assertThat(report.getInt("rejected")).isEqualTo(10);
    assertThat(report.getInt("toEnrol")).isEqualTo(600);
    assertThat(report.getInt("toWaitlist")).isEqualTo(390);
    assertThat(report.getBoolean("confirmed")).isFalse();
    Map<Integer, String> rejected = new HashMap<>();
    for (JsonValue v : report.getJsonArray("lines")) {
      JsonObject line = v.asJsonObject();
      if (line.getString("outcome").equals("REJECTED")) {
        rejected.put(line.getInt("line"), line.getString("reason"));
      }
    }
    assertThat(rejected).isEqualTo(bad);
    assertThat(Database.string("SELECT COUNT(*) FROM tal_enrolment WHERE cohort_id = ?", cohort))
        .isEqualTo("0");

    long started = System.nanoTime();
    HttpResponse<String> confirmed =
        http()
            .postCsv(
                "api/v1/cohorts/" + cohort + "/enrolments/import?confirm=true", coordinator, body);
    System.out.printf("1,000-row CSV enrolment took %.2f s%n", (System.nanoTime() - started) / 1e9);

    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    assertThat(Http.json(confirmed).getBoolean("confirmed")).isTrue();
    assertThat(Http.json(confirmed).getInt("toEnrol")).isEqualTo(600);
    assertThat(Http.json(confirmed).getInt("toWaitlist")).isEqualTo(390);
    assertThat(Database.string("SELECT COUNT(*) FROM tal_enrolment WHERE cohort_id = ?", cohort))
        .isEqualTo("990");
    assertThat(Database.string("SELECT enrolled_count FROM tal_cohort WHERE id = ?", cohort))
        .isEqualTo("600");
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM tal_participant p JOIN tal_enrolment e ON e.participant_id = p.id"
                    + " WHERE e.cohort_id = ? AND p.name_zh = '学生7'",
                cohort))
        .isEqualTo("1");

    // every enrolment is named in the audit trail, sixty to an entry
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'BULK_ENROLLED' AND entity_id = ?",
                String.valueOf(cohort)))
        .isEqualTo("17");
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'BULK_ENROLLED' AND entity_id = ?"
                    + " AND summary LIKE 'line 2 enrolment %'",
                String.valueOf(cohort)))
        .isEqualTo("1");

    HttpResponse<String> second =
        http()
            .postCsv(
                "api/v1/cohorts/" + cohort + "/enrolments/import?confirm=true", coordinator, body);

    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    assertThat(Http.json(second).getInt("rejected")).isEqualTo(1000);
    assertThat(Http.json(second).getInt("toEnrol") + Http.json(second).getInt("toWaitlist"))
        .isZero();
    assertThat(Database.string("SELECT COUNT(*) FROM tal_enrolment WHERE cohort_id = ?", cohort))
        .isEqualTo("990");
  }

  @Test
  void badFilesAndBadRequestsAreRefusedWithProblems() throws Exception {
    String coordinator = token("coordinator");
    long cohort = cohort(coordinator, programme(coordinator, "OPEN", partnerId("NTU")), 5);

    HttpResponse<String> noHeader =
        http()
            .postCsv("api/v1/cohorts/" + cohort + "/enrolments/import", coordinator, "a,b\n1,2\n");
    assertThat(noHeader.statusCode()).isEqualTo(400);
    assertThat(noHeader.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(Http.json(noHeader).getJsonArray("violations").getJsonObject(0).getString("code"))
        .isEqualTo("import.header");

    HttpResponse<String> notUtf8 =
        http()
            .send(
                http()
                    .request("api/v1/cohorts/" + cohort + "/enrolments/import", coordinator)
                    .header("Content-Type", "text/csv")
                    .POST(
                        HttpRequest.BodyPublishers.ofByteArray(
                            new byte[] {'n', 'a', (byte) 0xff, (byte) 0xfe, '\n'}))
                    .build());
    assertThat(notUtf8.statusCode()).isEqualTo(400);

    HttpResponse<String> badCohort =
        http()
            .postJson(
                "api/v1/cohorts",
                coordinator,
                "{\"programmeId\":1,\"name\":\"\",\"startsOn\":\"2027-03-01\",\"endsOn\":\"2027-01-01\","
                    + "\"applicationsOpen\":\"2026-10-01\",\"applicationsClose\":\"2026-09-01\",\"capacity\":0,"
                    + "\"feeAmount\":\"-5\",\"feeCurrency\":\"USD\"}");
    assertThat(badCohort.statusCode()).isEqualTo(400);

    HttpResponse<String> badSession =
        http()
            .postJson(
                "api/v1/cohorts/" + cohort + "/sessions",
                coordinator,
                "{\"startsAt\":\"2027-03-01T09:00\",\"zoneId\":\"Mars/Base\",\"durationMinutes\":5,"
                    + "\"topic\":\"\",\"deliveryMode\":\"TELEPATHY\"}");
    assertThat(badSession.statusCode()).isEqualTo(400);

    HttpResponse<String> unknownCohort =
        http().get("api/v1/cohorts/999999999/enrolments", coordinator);
    assertThat(unknownCohort.statusCode()).isEqualTo(404);

    HttpResponse<String> unknownParticipant =
        http()
            .postJson(
                "api/v1/cohorts/" + cohort + "/enrolments",
                coordinator,
                "{\"participantId\":999999999}");
    assertThat(unknownParticipant.statusCode()).isEqualTo(400);

    String email = unique("dup").toLowerCase() + "@example.com";
    participant(coordinator, "Dup Licate", null, email, null);
    HttpResponse<String> duplicate =
        http()
            .postJson(
                "api/v1/participants",
                coordinator,
                "{\"nameLatin\":\"Other\",\"email\":\"" + email.toUpperCase() + "\"}");
    assertThat(duplicate.statusCode()).isEqualTo(400);
    assertThat(Http.json(duplicate).getJsonArray("violations").getJsonObject(0).getString("code"))
        .isEqualTo("participant.email.taken");

    HttpResponse<String> template = http().get("api/v1/cohorts/import-template", coordinator);
    assertThat(template.statusCode()).isEqualTo(200);
    assertThat(template.body())
        .startsWith("nameLatin,nameZh,email,organisation,matriculationNumber,nationality");
  }

  @Test
  void theInternshipProgrammeTakesNtuStudentsOnlyAndNobodyTwice() throws Exception {
    String coordinator = token("coordinator");
    long cohort =
        cohort(
            coordinator,
            programme(coordinator, "NTU_STUDENTS", partnerId("NTU"), partnerId("YDPG")),
            5);
    String run = unique("ntu").toLowerCase();
    long guest = participant(coordinator, "Guest", null, run + ".guest@example.com", null);
    long student =
        participant(
            coordinator,
            "Student",
            "学生",
            run + ".student@e.ntu.edu.sg",
            String.format("U%07dK", System.nanoTime() % 10_000_000));

    HttpResponse<String> refused =
        http()
            .postJson(
                "api/v1/cohorts/" + cohort + "/enrolments",
                coordinator,
                "{\"participantId\":" + guest + "}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Http.json(refused).getJsonArray("violations").getJsonObject(0).getString("code"))
        .isEqualTo("enrolment.ntuStudentsOnly");

    HttpResponse<String> enrolled =
        http()
            .postJson(
                "api/v1/cohorts/" + cohort + "/enrolments",
                coordinator,
                "{\"participantId\":" + student + "}");
    assertThat(enrolled.statusCode()).isEqualTo(201);
    assertThat(Http.json(enrolled).getString("state")).isEqualTo("ENROLLED");

    HttpResponse<String> twice =
        http()
            .postJson(
                "api/v1/cohorts/" + cohort + "/enrolments",
                coordinator,
                "{\"participantId\":" + student + "}");
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(Http.json(twice).getJsonArray("violations").getJsonObject(0).getString("code"))
        .isEqualTo("enrolment.duplicate");
  }

  @Test
  void aCohortsRosterExportsAsTheRosterReadsAndOnlyToWhoMayReadIt() throws Exception {
    String coordinator = token("coordinator");
    long cohort = cohort(coordinator, programme(coordinator, "OPEN", partnerId("NTU")), 1);
    String run = unique("rx");
    long seated = participant(coordinator, "Roster Seated", "名单甲", run + ".a@example.com", null);
    long waiting = participant(coordinator, "=Roster Waiting", null, run + ".b@example.com", null);
    for (long p : new long[] {seated, waiting}) {
      assertThat(
              http()
                  .postJson(
                      "api/v1/cohorts/" + cohort + "/enrolments",
                      coordinator,
                      "{\"participantId\":" + p + "}")
                  .statusCode())
          .isEqualTo(201);
    }
    JsonObject roster =
        Http.json(http().get("api/v1/cohorts/" + cohort + "/enrolments", token("ntu.staff")));

    List<org.apache.commons.csv.CSVRecord> csv =
        Exports.csv(
            http()
                .download(
                    "api/v1/cohorts/" + cohort + "/enrolments?format=csv", token("ntu.staff")));
    assertThat(csv.get(0).values())
        .containsExactly(
            "enrolmentId",
            "participantId",
            "nameLatin",
            "nameZh",
            "email",
            "organisation",
            "state",
            "waitlistPosition",
            "assessmentPassed",
            "sessionsAttended",
            "sessionsTaken",
            "certificateCode");
    assertThat(csv).hasSize(3);
    JsonObject first = roster.getJsonArray("seated").getJsonObject(0);
    assertThat(csv.get(1).get(0))
        .isEqualTo(Long.toString(first.getJsonNumber("enrolmentId").longValue()));
    assertThat(csv.get(1).get(1)).isEqualTo(Long.toString(seated));
    assertThat(csv.get(1).get(3)).isEqualTo("名单甲");
    assertThat(csv.get(1).get(4)).isEqualTo(first.getString("email"));
    assertThat(csv.get(1).get(6)).isEqualTo(first.getString("state"));
    JsonObject next = roster.getJsonArray("waitlist").getJsonObject(0);
    assertThat(csv.get(2).get(1)).isEqualTo(Long.toString(waiting));
    assertThat(csv.get(2).get(2)).as("never a formula").isEqualTo("'=Roster Waiting");
    assertThat(csv.get(2).get(6)).isEqualTo("WAITLISTED");
    assertThat(csv.get(2).get(7)).isEqualTo(Integer.toString(next.getInt("waitlistPosition")));

    HttpResponse<byte[]> xlsx =
        http().download("api/v1/cohorts/" + cohort + "/enrolments?format=xlsx", token("council"));
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.body()))) {
      assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2);
      assertThat((long) book.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue())
          .isEqualTo(seated);
    }
    assertThat(xlsx.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .contains("cohort-" + cohort + "-roster.xlsx");
    // the same scope as the JSON roster: another partner's staff do not learn it exists
    Expect.problem(
        http().get("api/v1/cohorts/" + cohort + "/enrolments?format=csv", token("scut.staff")),
        404);
    Expect.problem(http().get("api/v1/cohorts/999999999/enrolments?format=csv", coordinator), 404);
    Expect.problem(http().get("api/v1/cohorts/" + cohort + "/enrolments?format=csv", null), 401);
    assertThat(
            http()
                .get("api/v1/cohorts/" + cohort + "/enrolments", coordinator)
                .headers()
                .firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/json");
  }

  @Test
  void partnerStaffReadOnlyTheirPartnersProgrammesAndOnlyCoordinatorsWrite() throws Exception {
    String coordinator = token("coordinator");
    long ntuOnly = programme(coordinator, "OPEN", partnerId("NTU"));
    long cohort = cohort(coordinator, ntuOnly, 3);

    assertThat(http().get("api/v1/programmes/" + ntuOnly, token("ntu.staff")).statusCode())
        .isEqualTo(200);
    assertThat(http().get("api/v1/programmes/" + ntuOnly, token("scut.staff")).statusCode())
        .isEqualTo(404);
    assertThat(http().get("api/v1/cohorts/" + cohort, token("scut.staff")).statusCode())
        .isEqualTo(404);
    assertThat(
            http()
                .get("api/v1/cohorts/" + cohort + "/enrolments", token("scut.staff"))
                .statusCode())
        .isEqualTo(404);
    assertThat(
            Http.json(http().get("api/v1/programmes?limit=200", token("scut.staff")))
                .getJsonArray("items")
                .stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()))
        .doesNotContain(ntuOnly);
    assertThat(
            http().get("api/v1/cohorts/" + cohort + "/enrolments", token("council")).statusCode())
        .isEqualTo(200);
    assertThat(http().get("api/v1/programmes?sort=nonsense", token("council")).statusCode())
        .isEqualTo(400);

    assertThat(http().postJson("api/v1/programmes", token("council"), "{}").statusCode())
        .isEqualTo(403);
    assertThat(
            http()
                .postJson(
                    "api/v1/cohorts/" + cohort + "/enrolments",
                    token("ntu.staff"),
                    "{\"participantId\":1}")
                .statusCode())
        .isEqualTo(403);
    assertThat(http().get("api/v1/participants", token("auditor")).statusCode()).isEqualTo(403);
    assertThat(http().get("api/v1/programmes", null).statusCode()).isEqualTo(401);

    JsonObject catalogue = Http.json(http().get("api/v1/programmes?limit=200", token("ntu.staff")));
    assertThat(
            catalogue.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("code")))
        .contains("MM-TECHNO", "NTU-YDPG-INTERN");
  }

  @Test
  void attendanceWaitsForTheSessionAndAnEarlyCompletionNeedsAReason() throws Exception {
    String coordinator = token("coordinator");
    long cohort = cohort(coordinator, programme(coordinator, "OPEN", partnerId("NTU")), 5);
    java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
    long held = session(coordinator, cohort, now.minusDays(7));
    long coming = session(coordinator, cohort, now.plusDays(9));
    String run = unique("early").toLowerCase();
    long person = participant(coordinator, "Early Leaver", "提前", run + "@example.com", null);
    long enrolment =
        Http.json(
                http()
                    .postJson(
                        "api/v1/cohorts/" + cohort + "/enrolments",
                        coordinator,
                        "{\"participantId\":" + person + "}"))
            .getJsonNumber("enrolmentId")
            .longValue();
    String attendance = "api/v1/cohorts/" + cohort + "/sessions/%d/attendance";

    HttpResponse<String> tooSoon =
        http().putJson(String.format(attendance, coming), coordinator, "{\"absent\":[]}");
    assertThat(tooSoon.statusCode()).as(tooSoon.body()).isEqualTo(409);
    assertThat(Http.json(tooSoon).getJsonArray("violations").getJsonObject(0).getString("code"))
        .isEqualTo("attendance.sessionNotStarted");
    assertThat(Database.string("SELECT COUNT(*) FROM tal_attendance WHERE session_id = ?", coming))
        .isEqualTo("0");
    assertThat(
            http()
                .putJson(String.format(attendance, held), coordinator, "{\"absent\":[]}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            http()
                .putJson(
                    "api/v1/cohorts/" + cohort + "/enrolments/" + enrolment + "/assessment",
                    coordinator,
                    "{\"passed\":true}")
                .statusCode())
        .isEqualTo(200);
    String completion = "api/v1/cohorts/" + cohort + "/enrolments/" + enrolment + "/completion";

    HttpResponse<String> noReason = http().postJson(completion, coordinator, "");
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
    assertThat(Http.json(noReason).getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("reason");
    assertThat(
            Http.json(http().postJson(completion, coordinator, "{\"reason\":\"  \"}"))
                .getJsonArray("violations")
                .getJsonObject(0)
                .getString("code"))
        .isEqualTo("completion.beforeCourseEnd");

    HttpResponse<String> early =
        http().postJson(completion, coordinator, "{\"reason\":\"posted to Chongqing in January\"}");
    assertThat(early.statusCode()).as(early.body()).isEqualTo(201);
    assertThat(
            Database.string(
                "SELECT summary FROM core_audit_entry WHERE action = 'COMPLETED' AND entity_id = ?",
                Long.toString(enrolment)))
        .endsWith("before the course ended: posted to Chongqing in January");
  }

  private long session(String token, long cohort, java.time.LocalDateTime start) throws Exception {
    HttpResponse<String> r =
        http()
            .postJson(
                "api/v1/cohorts/" + cohort + "/sessions",
                token,
                "{\"startsAt\":\""
                    + start.withSecond(0).withNano(0)
                    + "\",\"zoneId\":\"UTC\",\"durationMinutes\":60,"
                    + "\"topic\":\"Topic\",\"deliveryMode\":\"ONLINE\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).getJsonNumber("id").longValue();
  }

  private static JsonObject part(String jws, int index) {
    return Json.createReader(
            new java.io.StringReader(
                new String(
                    java.util.Base64.getUrlDecoder().decode(jws.split("\\.")[index]),
                    StandardCharsets.UTF_8)))
        .readObject();
  }

  /** Checks a compact JWS with BouncyCastle against the key of the published set it names. */
  private boolean signedByInstitute(String jws) throws Exception {
    String kid = part(jws, 0).getString("kid");
    JsonObject jwk =
        Http.json(http().get("api/v1/credentials/keys", null)).getJsonArray("keys").stream()
            .map(JsonValue::asJsonObject)
            .filter(k -> k.getString("kid").equals(kid))
            .findFirst()
            .orElseThrow();
    assertThat(jwk.getString("crv")).isEqualTo("Ed25519");
    org.bouncycastle.crypto.signers.Ed25519Signer verifier =
        new org.bouncycastle.crypto.signers.Ed25519Signer();
    verifier.init(
        false,
        new org.bouncycastle.crypto.params.Ed25519PublicKeyParameters(
            java.util.Base64.getUrlDecoder().decode(jwk.getString("x")), 0));
    String[] parts = jws.split("\\.");
    byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    verifier.update(input, 0, input.length);
    return verifier.verifySignature(java.util.Base64.getUrlDecoder().decode(parts[2]));
  }

  /** Whether a bit is set in a published status list, after checking the list's signature. */
  private boolean revokedBit(String path, int index) throws Exception {
    HttpResponse<String> list = http().get(path, null);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(signedByInstitute(list.body())).isTrue();
    String encoded =
        part(list.body(), 1).getJsonObject("credentialSubject").getString("encodedList");
    byte[] zipped = java.util.Base64.getUrlDecoder().decode(encoded.substring(1));
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped))) {
      byte[] bits = in.readAllBytes();
      return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }
  }

  @Test
  void completionIssuesACertificateAnyoneCanVerifyUntilItIsRevoked() throws Exception {
    String coordinator = token("coordinator");
    long cohort =
        cohort(coordinator, programme(coordinator, "OPEN", partnerId("NTU"), partnerId("YDPG")), 5);
    HttpResponse<String> session =
        http()
            .postJson(
                "api/v1/cohorts/" + cohort + "/sessions",
                coordinator,
                "{\"startsAt\":\"2026-03-02T09:00\",\"zoneId\":\"Asia/Shanghai\",\"durationMinutes\":180,"
                    + "\"topic\":\"Pitching\",\"deliveryMode\":\"CHONGQING_BASE\",\"venue\":\"Xiantao\"}");
    assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
    assertThat(Http.json(session).getString("startsAt"))
        .isEqualTo("2026-03-02T09:00+08:00[Asia/Shanghai]");
    long sessionId = Http.json(session).getJsonNumber("id").longValue();
    String run = unique("cert").toLowerCase();
    long holder = participant(coordinator, "Chen Jia Hui", "陈佳慧", run + "@example.com", null);
    long absentee =
        participant(coordinator, "Absent Person", null, run + ".absent@example.com", null);
    long enrolment =
        Http.json(
                http()
                    .postJson(
                        "api/v1/cohorts/" + cohort + "/enrolments",
                        coordinator,
                        "{\"participantId\":" + holder + "}"))
            .getJsonNumber("enrolmentId")
            .longValue();
    long absent =
        Http.json(
                http()
                    .postJson(
                        "api/v1/cohorts/" + cohort + "/enrolments",
                        coordinator,
                        "{\"participantId\":" + absentee + "}"))
            .getJsonNumber("enrolmentId")
            .longValue();

    HttpResponse<String> early =
        http()
            .postJson(
                "api/v1/cohorts/" + cohort + "/enrolments/" + enrolment + "/completion",
                coordinator,
                "");
    assertThat(early.statusCode()).isEqualTo(409);

    HttpResponse<String> sheet =
        http()
            .putJson(
                "api/v1/cohorts/" + cohort + "/sessions/" + sessionId + "/attendance",
                coordinator,
                "{\"absent\":[" + absent + "]}");
    assertThat(sheet.statusCode()).as(sheet.body()).isEqualTo(200);
    assertThat(
            http()
                .putJson(
                    "api/v1/cohorts/" + cohort + "/enrolments/" + enrolment + "/assessment",
                    coordinator,
                    "{\"passed\":true}")
                .statusCode())
        .isEqualTo(200);
    http()
        .putJson(
            "api/v1/cohorts/" + cohort + "/enrolments/" + absent + "/assessment",
            coordinator,
            "{\"passed\":true}");

    HttpResponse<String> lowAttendance =
        http()
            .postJson(
                "api/v1/cohorts/" + cohort + "/enrolments/" + absent + "/completion",
                coordinator,
                "");
    assertThat(lowAttendance.statusCode()).isEqualTo(409);
    assertThat(
            Http.json(lowAttendance).getJsonArray("violations").getJsonObject(0).getString("code"))
        .isEqualTo("completion.attendanceTooLow");

    HttpResponse<String> completed =
        http()
            .postJson(
                "api/v1/cohorts/" + cohort + "/enrolments/" + enrolment + "/completion",
                coordinator,
                "");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(201);
    String code = Http.json(completed).getString("code");
    assertThat(code).matches("[A-Z2-7]{32}");
    // the holder is told the code and where to check it, in the transaction that issued it
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_mail_outbox WHERE recipient = ? AND body LIKE ?",
                run + "@example.com",
                "%" + code + "%/verify/" + code + "%"))
        .isEqualTo("1");

    HttpResponse<String> verified = http().get("api/v1/certificates/" + code, null);
    assertThat(verified.statusCode()).isEqualTo(200);
    JsonObject publicView = Http.json(verified);
    assertThat(publicView.getString("status")).isEqualTo("VALID");
    assertThat(publicView.getString("holderLatin")).isEqualTo("Chen Jia Hui");
    assertThat(publicView.getString("holderZh")).isEqualTo("陈佳慧");
    assertThat(publicView.keySet()).doesNotContain("enrolmentId", "email", "cohortId");
    assertThat(http().get("api/v1/certificates/" + code.substring(1) + "A", null).statusCode())
        .isEqualTo(404);
    assertThat(http().get("verify/" + code, null).body()).contains("Chen Jia Hui");

    HttpResponse<byte[]> pdf = http().download("api/v1/certificates/" + code + "/pdf", coordinator);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    // the code opens the PDF to whoever holds it (its holder's mail) while it is in force
    assertThat(http().get("api/v1/certificates/" + code + "/pdf", null).statusCode())
        .isEqualTo(200);

    // the signed credential: anyone with the code fetches it and checks it with the published key
    // (BouncyCastle here, the JDK's Ed25519 signs); its status bit is clear
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_mail_outbox WHERE recipient = ? AND body LIKE ?",
                run + "@example.com",
                "%/api/v1/certificates/" + code + "/credential%"))
        .isEqualTo("1");
    HttpResponse<String> credential =
        http().get("api/v1/certificates/" + code + "/credential", null);
    assertThat(credential.statusCode()).isEqualTo(200);
    assertThat(credential.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vc+jwt");
    String jws = credential.body();
    assertThat(signedByInstitute(jws)).isTrue();
    JsonObject header = part(jws, 0);
    assertThat(header.getString("alg")).isEqualTo("EdDSA");
    assertThat(header.getString("typ")).isEqualTo("vc+jwt");
    JsonObject vc = part(jws, 1);
    assertThat(vc.getJsonArray("type").getString(1)).isEqualTo("OpenBadgeCredential");
    assertThat(vc.getJsonObject("issuer").getString("id")).endsWith("/api/v1/credentials/issuer");
    assertThat(jws).doesNotContain(run);
    assertThat(vc.toString()).contains("Chen Jia Hui", "陈佳慧").doesNotContain(run + "@example.com");
    JsonObject achievement = vc.getJsonObject("credentialSubject").getJsonObject("achievement");
    assertThat(achievement.getJsonNumber("hoursOfInstruction").intValue()).isEqualTo(3);
    assertThat(achievement.getJsonArray("deliveryModes").getString(0)).isEqualTo("CHONGQING_BASE");
    JsonObject status = vc.getJsonObject("credentialStatus");
    String statusUrl = status.getString("statusListCredential");
    int bit = Integer.parseInt(status.getString("statusListIndex"));
    String statusPath = statusUrl.substring(statusUrl.indexOf("api/v1/credentials/status/"));
    assertThat(revokedBit(statusPath, bit)).isFalse();
    assertThat(http().get("api/v1/certificates/" + code + "/credential", null).body())
        .isEqualTo(jws);
    // one character of the holder's name changed: the signature no longer holds
    String[] parts = jws.split("\\.");
    String forged =
        parts[0]
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    vc.toString()
                        .replace("Chen Jia Hui", "Chen Jia Hue")
                        .getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertThat(signedByInstitute(forged)).isFalse();
    JsonObject profile = Http.json(http().get("api/v1/credentials/issuer", null));
    assertThat(profile.getString("id")).isEqualTo(vc.getJsonObject("issuer").getString("id"));
    assertThat(http().get("api/v1/credentials/status/999999", null).statusCode()).isEqualTo(404);
    assertThat(http().get("api/v1/credentials/status/x", null).statusCode()).isEqualTo(404);
    assertThat(
            http()
                .get("api/v1/certificates/" + code.substring(1) + "A/credential", null)
                .statusCode())
        .isEqualTo(404);

    assertThat(
            http()
                .postJson(
                    "api/v1/certificates/" + code + "/revocation", coordinator, "{\"reason\":\"\"}")
                .statusCode())
        .isEqualTo(400);
    HttpResponse<String> revoked =
        http()
            .postJson(
                "api/v1/certificates/" + code + "/revocation",
                coordinator,
                "{\"reason\":\"Issued in error\"}");
    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
    assertThat(Http.json(http().get("api/v1/certificates/" + code, null)).getString("status"))
        .isEqualTo("REVOKED");
    assertThat(http().get("api/v1/certificates/" + code + "/pdf", null).statusCode())
        .as("revoked: the PDF is for staff only")
        .isEqualTo(404);
    assertThat(http().download("api/v1/certificates/" + code + "/pdf", coordinator).statusCode())
        .isEqualTo(200);
    assertThat(revokedBit(statusPath, bit)).isTrue();
    assertThat(
            http()
                .postJson(
                    "api/v1/certificates/" + code + "/revocation",
                    coordinator,
                    "{\"reason\":\"again\"}")
                .statusCode())
        .isEqualTo(409);
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'CERTIFICATE_REVOKED' AND entity_id = ?",
                code))
        .isEqualTo("1");
  }

  @Test
  void internshipsPlaceNtuStudentsWithinPlacesAndHostsEvaluateTheirOwnInterns() throws Exception {
    String coordinator = token("coordinator");
    long intake =
        Long.parseLong(
            Database.string(
                "SELECT c.id FROM tal_cohort c JOIN tal_programme p ON p.id = c.programme_id"
                    + " WHERE p.code = 'NTU-YDPG-INTERN'"));
    long jiyin = partnerId("JIYIN");
    HttpResponse<String> opened =
        http()
            .postJson(
                "api/v1/internships/positions",
                coordinator,
                "{\"cohortId\":"
                    + intake
                    + ",\"hostPartnerId\":"
                    + jiyin
                    + ",\"title\":\"Genomics data intern\","
                    + "\"field\":\"BIOTECHNOLOGY\",\"startsOn\":\"2027-05-10\",\"endsOn\":\"2027-08-06\",\"places\":1}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    long position = Http.json(opened).getJsonNumber("id").longValue();
    assertThat(
            http()
                .postJson(
                    "api/v1/internships/positions",
                    coordinator,
                    "{\"cohortId\":"
                        + intake
                        + ",\"hostPartnerId\":"
                        + partnerId("SCUT")
                        + ",\"title\":\"x\","
                        + "\"field\":\"OTHER\",\"startsOn\":\"2027-05-10\",\"endsOn\":\"2027-08-06\",\"places\":1}")
                .statusCode())
        .isEqualTo(400);

    String run = unique("intern").toLowerCase();
    java.util.Random random = new java.util.Random();
    long first =
        participant(
            coordinator,
            "Intern One",
            "实习一",
            run + ".1@e.ntu.edu.sg",
            String.format("U%07dA", random.nextInt(10_000_000)));
    long second =
        participant(
            coordinator,
            "Intern Two",
            "实习二",
            run + ".2@e.ntu.edu.sg",
            String.format("U%07dB", random.nextInt(10_000_000)));
    long guest = participant(coordinator, "Not A Student", null, run + ".3@example.com", null);

    assertThat(
            http()
                .postJson(
                    "api/v1/internships/positions/" + position + "/applications",
                    coordinator,
                    "{\"participantId\":" + guest + "}")
                .statusCode())
        .isEqualTo(400);
    long p1 =
        Http.json(
                http()
                    .postJson(
                        "api/v1/internships/positions/" + position + "/applications",
                        coordinator,
                        "{\"participantId\":" + first + "}"))
            .getJsonNumber("id")
            .longValue();
    long p2 =
        Http.json(
                http()
                    .postJson(
                        "api/v1/internships/positions/" + position + "/applications",
                        coordinator,
                        "{\"participantId\":" + second + "}"))
            .getJsonNumber("id")
            .longValue();
    for (long p : new long[] {p1, p2}) {
      assertThat(
              http()
                  .postJson(
                      "api/v1/internships/placements/" + p + "/status",
                      coordinator,
                      "{\"status\":\"SHORTLISTED\"}")
                  .statusCode())
          .isEqualTo(200);
    }
    assertThat(
            http()
                .postJson(
                    "api/v1/internships/placements/" + p1 + "/status",
                    coordinator,
                    "{\"status\":\"OFFERED\"}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> full =
        http()
            .postJson(
                "api/v1/internships/placements/" + p2 + "/status",
                coordinator,
                "{\"status\":\"OFFERED\"}");
    assertThat(full.statusCode()).isEqualTo(409);
    assertThat(Http.json(full).getJsonArray("violations").getJsonObject(0).getString("code"))
        .isEqualTo("position.full");
    assertThat(
            http()
                .postJson(
                    "api/v1/internships/placements/" + p1 + "/status",
                    coordinator,
                    "{\"status\":\"ACCEPTED\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            http()
                .postJson(
                    "api/v1/internships/placements/" + p1 + "/status",
                    coordinator,
                    "{\"status\":\"COMPLETED\"}")
                .statusCode())
        .isEqualTo(409);

    String hostUser = Database.freshAccount("jiyin.staff", "PARTNER_STAFF", "host@jiyin.example");
    Database.update(
        "UPDATE core_user_account SET partner_id = ? WHERE username = ?", jiyin, hostUser);
    String host = token(hostUser);
    JsonObject hostBoard = Http.json(http().get("api/v1/internships/intakes/" + intake, host));
    assertThat(
            hostBoard.getJsonArray("positions").stream()
                .map(v -> v.asJsonObject().getJsonObject("host").getString("code")))
        .isNotEmpty()
        .allMatch("JIYIN"::equals);
    assertThat(
            http()
                .postJson(
                    "api/v1/internships/placements/" + p1 + "/evaluations",
                    token("scut.staff"),
                    "{\"kind\":\"FINAL\",\"rating\":5,\"comment\":\"x\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            http()
                .postJson(
                    "api/v1/internships/placements/" + p1 + "/evaluations",
                    host,
                    "{\"kind\":\"FINAL\",\"rating\":9}")
                .statusCode())
        .isEqualTo(400);
    HttpResponse<String> evaluated =
        http()
            .postJson(
                "api/v1/internships/placements/" + p1 + "/evaluations",
                host,
                "{\"kind\":\"FINAL\",\"rating\":5,\"comment\":\"Excellent pipeline work\"}");
    assertThat(evaluated.statusCode()).as(evaluated.body()).isEqualTo(200);
    assertThat(
            http()
                .postJson(
                    "api/v1/internships/placements/" + p1 + "/status",
                    host,
                    "{\"status\":\"COMPLETED\"}")
                .statusCode())
        .isEqualTo(403);

    HttpResponse<String> target =
        http()
            .putJson(
                "api/v1/internships/intakes/" + intake + "/target", coordinator, "{\"target\":10}");
    assertThat(target.statusCode()).as(target.body()).isEqualTo(200);
    assertThat(
            http()
                .putJson(
                    "api/v1/internships/intakes/" + intake + "/target",
                    coordinator,
                    "{\"target\":0}")
                .statusCode())
        .isEqualTo(400);
    long placedBefore =
        Http.json(http().get("api/v1/internships/intakes/" + intake, coordinator))
            .getJsonNumber("placed")
            .longValue();
    assertThat(
            http()
                .postJson(
                    "api/v1/internships/placements/" + p1 + "/status",
                    coordinator,
                    "{\"status\":\"COMPLETED\"}")
                .statusCode())
        .isEqualTo(200);
    JsonObject board = Http.json(http().get("api/v1/internships/intakes/" + intake, coordinator));
    assertThat(board.getJsonNumber("placed").longValue()).isEqualTo(placedBefore);
    assertThat(board.getInt("target")).isEqualTo(10);
    assertThat(http().get("api/v1/internships/intakes/" + intake, token("council")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void concurrentRegistrationsOfOnePersonMakeOneRecordAndNoError() throws Exception {
    String coordinator = token("coordinator");
    String email = unique("same").toLowerCase() + "@example.com";
    List<HttpResponse<String>> responses =
        IntStream.range(0, 10)
            .mapToObj(
                i ->
                    http()
                        .sendAsync(
                            http()
                                .request("api/v1/participants", coordinator)
                                .header("Content-Type", "application/json")
                                .POST(
                                    HttpRequest.BodyPublishers.ofString(
                                        "{\"nameLatin\":\"Same Person\",\"email\":\""
                                            + email
                                            + "\"}"))
                                .build()))
            .toList()
            .stream()
            .map(CompletableFuture::join)
            .toList();

    assertThat(responses.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
    assertThat(responses.stream().filter(r -> r.statusCode() == 400))
        .hasSize(9)
        .allSatisfy(
            r ->
                assertThat(
                        Http.json(r).getJsonArray("violations").getJsonObject(0).getString("code"))
                    .isEqualTo("participant.email.taken"));
    assertThat(Database.string("SELECT COUNT(*) FROM tal_participant WHERE email = ?", email))
        .isEqualTo("1");
  }
}
