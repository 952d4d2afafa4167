package org.institute.web.platform.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The session's memory of a portal sign-in whose password was right and whose one-time code is
 * still to come. It signs nobody in; it only lets the code step name the account, for a few
 * minutes.
 */
public record PendingSecondStep(String username, Instant since) implements Serializable {
  public static final String SESSION_KEY = PendingSecondStep.class.getName();
  static final Duration VALIDITY = Duration.ofMinutes(5);

  boolean expiredAt(Instant now) {
    return now.isAfter(since.plus(VALIDITY));
  }
}
