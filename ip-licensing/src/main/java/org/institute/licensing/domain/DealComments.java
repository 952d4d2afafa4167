package org.institute.licensing.domain;

import org.institute.core.InvalidCommandException;

/** The comments and reasons given with a deal's steps: trimmed, at most 2,000 characters. */
final class DealComments {

  private static final int MAX = 2000;

  private DealComments() {}

  /** A reason the step requires (a refusal, a request for changes, a termination). */
  static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw InvalidCommandException.of("comment", "licensing.deal.reason.required");
    }
    return optional(reason);
  }

  /** An optional comment: null when blank. */
  static String optional(String comment) {
    if (comment == null || comment.isBlank()) {
      return null;
    }
    if (comment.length() > MAX) {
      throw InvalidCommandException.of("comment", "field.tooLong");
    }
    return comment.trim();
  }
}
