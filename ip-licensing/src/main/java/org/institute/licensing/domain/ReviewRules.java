package org.institute.licensing.domain;

import org.institute.core.ConflictException;
import org.institute.licensing.ReviewState;

/**
 * The review of a royalty report as a state machine (docs/decisions/0101): what each step requires
 * and where it leads. A report is filed awaiting review; an admin accepts it (its invoice is
 * issued) or queries it; the licensee answers a query, maybe with a corrected version, and the
 * report awaits review again; a correction, even of an accepted report, also puts it back to
 * awaiting review, and its acceptance invoices the difference.
 */
public final class ReviewRules {

  /** What happens to a report under review. */
  public enum Step {
    ACCEPT,
    QUERY,
    ANSWER,
    AMEND
  }

  private ReviewRules() {}

  /**
   * The state after {@code step}.
   *
   * @throws ConflictException when the step does not apply in {@code from}
   */
  public static ReviewState next(ReviewState from, Step step) {
    return switch (step) {
      case ACCEPT, QUERY -> {
        if (from != ReviewState.SUBMITTED) {
          throw new ConflictException("licensing.royaltyReport.review.notAwaiting");
        }
        yield step == Step.ACCEPT ? ReviewState.ACCEPTED : ReviewState.QUERIED;
      }
      case ANSWER -> {
        if (from != ReviewState.QUERIED) {
          throw new ConflictException("licensing.royaltyReport.review.noOpenQuery");
        }
        yield ReviewState.SUBMITTED;
      }
      case AMEND -> ReviewState.SUBMITTED;
    };
  }

  /** Whether {@code step} applies in {@code state}. */
  public static boolean allows(ReviewState state, Step step) {
    try {
      next(state, step);
      return true;
    } catch (ConflictException e) {
      return false;
    }
  }
}
