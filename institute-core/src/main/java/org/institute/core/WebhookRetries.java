package org.institute.core;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The waits between a webhook message's failed attempts: after the first failure the first wait,
 * and so on; one failure more than there are waits gives the message up until an admin sends it
 * again. The standard series is the one the Standard Webhooks convention suggests (5 s, 5 min, 30
 * min, 2 h, 5 h, 10 h, 10 h); an operator may set another ({@code INSTITUTE_WEBHOOKS_RETRY_DELAYS},
 * ISO-8601 durations separated by commas), for example a faster one for a receiver that is known to
 * come back within minutes.
 */
public record WebhookRetries(List<Duration> delays) {

  /** At most this many waits: a longer series would keep a dead endpoint's messages for weeks. */
  public static final int MAX_RETRIES = 20;

  /** The longest single wait. */
  public static final Duration MAX_DELAY = Duration.ofDays(1);

  public static final WebhookRetries STANDARD =
      new WebhookRetries(
          List.of(
              Duration.ofSeconds(5),
              Duration.ofMinutes(5),
              Duration.ofMinutes(30),
              Duration.ofHours(2),
              Duration.ofHours(5),
              Duration.ofHours(10),
              Duration.ofHours(10)));

  public WebhookRetries {
    delays = List.copyOf(delays);
    if (delays.isEmpty() || delays.size() > MAX_RETRIES) {
      throw new IllegalArgumentException(
          "a webhook retry series has 1 to " + MAX_RETRIES + " waits, not " + delays.size());
    }
    for (Duration d : delays) {
      if (d.isNegative() || d.isZero() || d.compareTo(MAX_DELAY) > 0) {
        throw new IllegalArgumentException(
            "a webhook retry wait lies between 1 ms and 24 h, not " + d);
      }
    }
  }

  /**
   * The series written as ISO-8601 durations separated by commas ({@code PT5S,PT5M,PT30M}); blank
   * means the standard series.
   *
   * @throws IllegalArgumentException naming the entry that is not a duration or out of range
   */
  public static WebhookRetries parse(String text) {
    if (text == null || text.isBlank()) {
      return STANDARD;
    }
    List<Duration> delays = new ArrayList<>();
    for (String part : text.split(",")) {
      String entry = part.strip();
      try {
        delays.add(Duration.parse(entry));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "'" + entry + "' is not an ISO-8601 duration such as PT5S or PT5M", e);
      }
    }
    return new WebhookRetries(delays);
  }

  /** The wait after the given number of failures in a row (1 = the first), or none: give up. */
  public Optional<Duration> after(int failures) {
    if (failures < 1 || failures > delays.size()) {
      return Optional.empty();
    }
    return Optional.of(delays.get(failures - 1));
  }
}
