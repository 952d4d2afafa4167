package org.institute.core;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A verification of the audit chain as it was recorded: when it ran, who ran it ({@value
 * Caller#SYSTEM} for the daily check) and its verdict.
 */
public record ChainVerification(Instant at, String by, ChainCheck check) implements Serializable {
  public ChainVerification {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(check, "check");
  }
}
