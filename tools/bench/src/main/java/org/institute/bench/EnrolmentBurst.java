package org.institute.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The enrolment burst: n participants enrol into one cohort at the same moment, each request on its
 * own thread released by one latch, so that all n contend for the cohort's seats together. Prints
 * how many were enrolled, waitlisted and refused (any other answer is an error), and how many
 * distinct waitlist positions the waitlisted were told (exact: as many as waitlisted, 1 to n).
 *
 * <p>Usage: {@code EnrolmentBurst baseUrl bearerToken cohortId firstParticipantId n prefix}
 */
public final class EnrolmentBurst {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    long cohort = Long.parseLong(args[2]);
    long firstParticipant = Long.parseLong(args[3]);
    int n = Integer.parseInt(args[4]);
    String prefix = args[5];

    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch ready = new CountDownLatch(n);
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(n);
    Latencies latencies = new Latencies();
    AtomicLong enrolled = new AtomicLong();
    AtomicLong waitlisted = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong statements = new AtomicLong();
    java.util.Set<Integer> positions = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.regex.Pattern position =
        java.util.regex.Pattern.compile("\"waitlistPosition\"\\s*:\\s*(\\d+)");
    for (int i = 0; i < n; i++) {
      long participant = firstParticipant + i;
      pool.execute(
          () -> {
            try {
              HttpRequest request =
                  HttpRequest.newBuilder(
                          URI.create(base + "/api/v1/cohorts/" + cohort + "/enrolments"))
                      .timeout(Duration.ofSeconds(120))
                      .header("Authorization", "Bearer " + token)
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"participantId\":" + participant + "}"))
                      .build();
              ready.countDown();
              go.await();
              long t0 = System.nanoTime();
              HttpResponse<String> response =
                  client.send(request, HttpResponse.BodyHandlers.ofString());
              latencies.add((System.nanoTime() - t0) / 1_000);
              response
                  .headers()
                  .firstValue("X-SQL-Statements")
                  .ifPresent(s -> statements.addAndGet(Long.parseLong(s)));
              if (response.statusCode() / 100 != 2) {
                errors.incrementAndGet();
                if (errors.get() <= 3) {
                  System.err.println(
                      "burst: HTTP " + response.statusCode() + " " + response.body());
                }
              } else if (response.body().contains("\"WAITLISTED\"")) {
                waitlisted.incrementAndGet();
                java.util.regex.Matcher m = position.matcher(response.body());
                if (m.find()) {
                  positions.add(Integer.parseInt(m.group(1)));
                }
              } else if (response.body().contains("\"ENROLLED\"")) {
                enrolled.incrementAndGet();
              } else {
                errors.incrementAndGet();
              }
            } catch (Exception e) {
              errors.incrementAndGet();
              if (errors.get() <= 3) {
                System.err.println("burst: " + e);
              }
            } finally {
              done.countDown();
            }
          });
    }
    ready.await();
    long start = System.nanoTime();
    go.countDown();
    done.await();
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    System.out.println(
        latencies.summary(prefix, seconds, errors.get())
            + " "
            + prefix
            + "_ENROLLED="
            + enrolled.get()
            + " "
            + prefix
            + "_WAITLISTED="
            + waitlisted.get()
            + " "
            + prefix
            + "_POSITIONS="
            + positions.size()
            + " "
            + prefix
            + "_MAX_POSITION="
            + positions.stream().mapToInt(Integer::intValue).max().orElse(0)
            + " "
            + prefix
            + "_SQL="
            + String.format(
                java.util.Locale.ROOT, "%.1f", statements.get() / (double) Math.max(1, n)));
  }
}
