package org.institute.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The mixed portal session of issue 8: {@code users} virtual users, each on its own thread, run
 * sessions back to back until {@code seconds} have passed (they start 50 ms apart; a session under
 * way then runs to its end, so a slow server stretches the run by up to one session). A session
 * signs in through the portal's login form (its view state and session cookie, as a browser would),
 * browses a few portal pages, writes through the API with a bearer token (fetched at the user's
 * first session) and signs out with the header's sign-out form. Users take turns in three roles, so
 * that every write stays valid however long the run:
 *
 * <ul>
 *   <li>NTU staff draft a licence deal on a family only NTU owns and submit it (no consent needed);
 *   <li>admins ({@code admin} and {@code ip.office}, never the submitter) approve one submitted
 *       deal;
 *   <li>the coordinator registers a new participant and enrols them into two open cohorts (a seat,
 *       or the waitlist when the cohort is full).
 * </ul>
 *
 * Deals for the admins come from a queue that the NTU sessions fill; it starts with one submitted
 * deal per user, made before the clock starts. Think time between steps is 100-300 ms. Prints the
 * summary of every exchange, and per kind: sign-in (login page, form, token, sign-out), page,
 * write.
 *
 * <p>Usage: {@code MixedSession baseUrl seconds users prefix cohortIds familyId licenseeId dealId
 * cohortPageId}; the password is {@code INSTITUTE_DEMO_PASSWORD} or the demo default.
 */
public final class MixedSession {

  private final String base;
  private final String password;
  private final long[] cohorts;
  private final long family;
  private final long licensee;
  private final long deal;
  private final long cohortPage;
  private final String run = Long.toString(System.currentTimeMillis(), 36);
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(30))
          .build();
  private final Map<String, Latencies> kinds = new LinkedHashMap<>();
  private final Map<String, AtomicLong> errors = new LinkedHashMap<>();
  private Latencies all = new Latencies();

  /** Set when the clock starts; the set-up before it does not think. */
  private volatile boolean measuring;

  private final ConcurrentLinkedQueue<Long> submitted = new ConcurrentLinkedQueue<>();
  private final AtomicLong sessions = new AtomicLong();
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong enrolled = new AtomicLong();
  private final AtomicLong waitlisted = new AtomicLong();
  private final AtomicLong approved = new AtomicLong();
  private final AtomicLong dealsSubmitted = new AtomicLong();
  private final AtomicLong nothingToApprove = new AtomicLong();

  private MixedSession(String[] args) {
    base = args[0];
    password = System.getenv().getOrDefault("INSTITUTE_DEMO_PASSWORD", "ssijri-demo-2020");
    cohorts = java.util.Arrays.stream(args[4].split(",")).mapToLong(Long::parseLong).toArray();
    family = Long.parseLong(args[5]);
    licensee = Long.parseLong(args[6]);
    deal = Long.parseLong(args[7]);
    cohortPage = Long.parseLong(args[8]);
    for (String kind : List.of("SIGNIN", "PAGE", "WRITE")) {
      kinds.put(kind, new Latencies());
      errors.put(kind, new AtomicLong());
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 9) {
      System.err.println(
          "usage: MixedSession baseUrl seconds users prefix cohortIds familyId licenseeId dealId cohortPageId");
      System.exit(2);
    }
    int seconds = Integer.parseInt(args[1]);
    int users = Integer.parseInt(args[2]);
    String prefix = args[3];
    MixedSession mix = new MixedSession(args);
    // the admins' first deals are drafted before the clock starts and are not measured
    User setup = mix.new User("ntu.staff");
    setup.token = mix.token("ntu.staff");
    for (int i = 0; i < users; i++) {
      mix.submitted.add(setup.draftAndSubmit());
    }
    mix.resetCounts();

    long start = System.nanoTime();
    long deadline = start + seconds * 1_000_000_000L;
    mix.measuring = true;
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      String account =
          switch (i % 3) {
            case 0 -> i % 2 == 0 ? "admin" : "ip.office";
            case 1 -> "coordinator";
            default -> "ntu.staff";
          };
      long rampMillis = i * 50L;
      Thread t =
          new Thread(
              () -> {
                User user = mix.new User(account);
                try {
                  Thread.sleep(rampMillis);
                } catch (InterruptedException e) {
                  return;
                }
                while (System.nanoTime() < deadline) {
                  user.session();
                }
              },
              "user-" + i);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.println(mix.summary(prefix, elapsed));
  }

  private void resetCounts() {
    all = new Latencies();
    kinds.replaceAll((k, v) -> new Latencies());
    errors.values().forEach(e -> e.set(0));
    dealsSubmitted.set(0);
  }

  private String summary(String prefix, double seconds) {
    long totalErrors = errors.values().stream().mapToLong(AtomicLong::get).sum();
    StringBuilder line = new StringBuilder(all.summary(prefix, seconds, totalErrors));
    kinds.forEach(
        (kind, latencies) ->
            line.append(' ')
                .append(latencies.summary(prefix + "_" + kind, seconds, errors.get(kind).get())));
    return line
        + String.format(
            Locale.ROOT,
            " %1$s_SESSIONS=%2$d %1$s_ENROLLED=%3$d %1$s_WAITLISTED=%4$d %1$s_SUBMITTED=%5$d %1$s_APPROVED=%6$d"
                + " %1$s_NOTHING_TO_APPROVE=%7$d",
            prefix,
            sessions.get(),
            enrolled.get(),
            waitlisted.get(),
            dealsSubmitted.get(),
            approved.get(),
            nothingToApprove.get());
  }

  private String token(String account) throws Exception {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + account + "\",\"password\":\"" + password + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return PortalForms.accessToken(r.body())
        .filter(t -> r.statusCode() == 200)
        .orElseThrow(
            () -> new IllegalStateException("token for " + account + ": HTTP " + r.statusCode()));
  }

  /**
   * One virtual user: a new portal session (cookies) each time, and one API token for all of them,
   * as an API client keeps its token for its lifetime (an hour) instead of signing in per call.
   */
  private final class User {
    private final String account;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String token;
    private String lastPage = "";

    User(String account) {
      this.account = account;
    }

    void session() {
      cookies.clear();
      lastPage = "";
      try {
        signIn();
        switch (account) {
          case "coordinator" -> {
            int pick = (int) (sequence.incrementAndGet() % cohorts.length);
            long first = cohorts[pick];
            long second = cohorts[(pick + 1) % cohorts.length];
            page("/app/dashboard.xhtml");
            page("/app/talent/programmes.xhtml");
            page("/app/talent/cohort.xhtml?id=" + first);
            long participant = register();
            enrol(first, participant);
            if (second != first) {
              enrol(second, participant);
            }
          }
          case "ntu.staff" -> {
            page("/app/dashboard.xhtml");
            page("/app/licensing/deals.xhtml");
            page("/app/licensing/deal.xhtml?id=" + deal);
            submitted.add(draftAndSubmit());
          }
          default -> {
            page("/app/dashboard.xhtml");
            page("/app/licensing/deals.xhtml");
            page("/app/licensing/deal.xhtml?id=" + deal);
            page("/app/talent/cohort.xhtml?id=" + cohortPage);
            approve();
          }
        }
        signOut();
        sessions.incrementAndGet();
      } catch (Failed e) {
        // a failure is counted where it happened; the next session starts afresh
      } catch (Exception e) {
        failed("SIGNIN", account + ": " + e);
      }
    }

    private void signIn() throws Exception {
      HttpResponse<String> form = exchange("SIGNIN", get("/login.xhtml"), 200);
      HttpResponse<String> signedIn =
          exchange(
              "SIGNIN",
              post("/login.xhtml", PortalForms.signIn(form.body(), account, password)),
              302);
      String landing = signedIn.headers().firstValue("Location").orElse("");
      if (landing.contains("login.xhtml")) {
        throw failed("SIGNIN", account + ": the login form refused the sign-in");
      }
      think();
      if (token == null) {
        token = timed("SIGNIN", () -> token(account));
        think();
      }
    }

    private void signOut() throws Exception {
      // the application is deployed at the root: the form's action is a path on the base URL
      String target =
          PortalForms.signOutAction(lastPage)
              .orElseThrow(() -> failed("SIGNIN", account + ": no sign-out form on the last page"));
      HttpResponse<String> out =
          exchange("SIGNIN", post(target, PortalForms.signOut(lastPage)), 302);
      if (!out.headers().firstValue("Location").orElse("").contains("notice=out")) {
        throw failed("SIGNIN", account + ": sign-out did not lead to the login page");
      }
    }

    private void page(String path) throws Exception {
      HttpResponse<String> r = exchange("PAGE", get(path), 200);
      lastPage = r.body();
      think();
    }

    private long register() throws Exception {
      long n = sequence.incrementAndGet();
      String json =
          "{\"nameLatin\":\"Mix Person "
              + n
              + "\",\"email\":\"mix"
              + run
              + "."
              + n
              + "@bench.example\",\"organisation\":\"Bench Co.\",\"nationality\":\"SG\"}";
      long id =
          PortalForms.createdId(exchange("WRITE", api("/api/v1/participants", json, null), 201));
      think();
      return id;
    }

    private void enrol(long cohort, long participant) throws Exception {
      HttpResponse<String> r =
          exchange(
              "WRITE",
              api(
                  "/api/v1/cohorts/" + cohort + "/enrolments",
                  "{\"participantId\":" + participant + "}",
                  key()),
              201);
      if (r.body().contains("\"WAITLISTED\"")) {
        waitlisted.incrementAndGet();
      } else {
        enrolled.incrementAndGet();
      }
      think();
    }

    long draftAndSubmit() throws Exception {
      LocalDate today = LocalDate.now();
      String terms =
          "{\"title\":\"Bench mix deal "
              + run
              + "-"
              + sequence.incrementAndGet()
              + "\",\"licenseeId\":"
              + licensee
              + ",\"familyIds\":["
              + family
              + "],"
              + "\"fieldOfUse\":\"Benchmark field of use\",\"territory\":\"Singapore\","
              + "\"exclusivity\":\"NON_EXCLUSIVE\",\"termStart\":\""
              + today
              + "\",\"termEnd\":\""
              + today.plusYears(3)
              + "\",\"currency\":\"SGD\",\"upfrontFee\":20000,"
              + "\"royaltyPercent\":2.5,\"annualMinimum\":5000,\"milestones\":[]}";
      long id =
          PortalForms.createdId(exchange("WRITE", api("/api/v1/licence-deals", terms, null), 201));
      think();
      exchange(
          "WRITE",
          api("/api/v1/licence-deals/" + id + "/submit", "{\"comment\":\"For approval\"}", key()),
          200);
      dealsSubmitted.incrementAndGet();
      think();
      return id;
    }

    private void approve() throws Exception {
      Long id = submitted.poll();
      if (id == null) {
        nothingToApprove.incrementAndGet();
        return;
      }
      HttpResponse<String> r =
          exchange(
              "WRITE",
              api(
                  "/api/v1/licence-deals/" + id + "/approve",
                  "{\"comment\":\"Approved in the benchmark\"}",
                  key()),
              200);
      if (r.body().contains("\"APPROVED\"")) {
        approved.incrementAndGet();
      }
      think();
    }

    private HttpRequest.Builder get(String path) {
      return request(path).GET();
    }

    private HttpRequest.Builder post(String path, String form) {
      return request(path)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private HttpRequest.Builder request(String path) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
      if (!cookies.isEmpty()) {
        StringBuilder header = new StringBuilder();
        cookies.forEach(
            (k, v) ->
                header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        b.header("Cookie", header.toString());
      }
      return b;
    }

    private HttpRequest.Builder api(String path, String json, String idempotencyKey) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json));
      return idempotencyKey == null ? b : b.header("Idempotency-Key", idempotencyKey);
    }

    private HttpResponse<String> exchange(String kind, HttpRequest.Builder request, int expected)
        throws Exception {
      HttpRequest built = request.build();
      HttpResponse<String> r;
      try {
        r = timed(kind, () -> client.send(built, HttpResponse.BodyHandlers.ofString()));
      } catch (java.io.IOException e) {
        throw failed(kind, account + " " + built.method() + " " + built.uri().getPath() + ": " + e);
      }
      for (String c : r.headers().allValues("Set-Cookie")) {
        String pair = c.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
          cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
      }
      if (r.statusCode() != expected) {
        String body = r.body().length() > 300 ? r.body().substring(0, 300) : r.body();
        throw failed(
            kind,
            account
                + " "
                + r.request().method()
                + " "
                + r.uri().getPath()
                + ": HTTP "
                + r.statusCode()
                + " "
                + r.headers().firstValue("Location").orElse("")
                + " "
                + body);
      }
      return r;
    }

    private <T> T timed(String kind, Call<T> call) throws Exception {
      long t0 = System.nanoTime();
      try {
        return call.run();
      } finally {
        long micros = (System.nanoTime() - t0) / 1_000;
        kinds.get(kind).add(micros);
        all.add(micros);
      }
    }

    private Failed failed(String kind, String what) {
      long n = errors.get(kind).incrementAndGet();
      if (n <= 5) {
        System.err.println("mixed-portal: " + what.replaceAll("\\s+", " "));
      }
      return new Failed();
    }
  }

  @FunctionalInterface
  private interface Call<T> {
    T run() throws Exception;
  }

  /** A step answered wrongly: already counted; the session ends there. */
  private static final class Failed extends Exception {
    Failed() {
      super(null, null, false, false);
    }
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  private void think() throws InterruptedException {
    if (measuring) {
      Thread.sleep(ThreadLocalRandom.current().nextLong(100, 301));
    }
  }
}
