package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.institute.core.ConflictException;
import org.institute.licensing.ReviewState;
import org.institute.licensing.domain.ReviewRules.Step;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {

  @Test
  void aReportAwaitingReviewIsAcceptedOrQueried() {
    assertThat(ReviewRules.next(ReviewState.SUBMITTED, Step.ACCEPT))
        .isEqualTo(ReviewState.ACCEPTED);
    assertThat(ReviewRules.next(ReviewState.SUBMITTED, Step.QUERY)).isEqualTo(ReviewState.QUERIED);
  }

  @Test
  void anAnswerPutsAQueriedReportBackToReview() {
    assertThat(ReviewRules.next(ReviewState.QUERIED, Step.ANSWER)).isEqualTo(ReviewState.SUBMITTED);
  }

  @Test
  void aCorrectionPutsAnyReportBackToReview() {
    for (ReviewState state : ReviewState.values()) {
      assertThat(ReviewRules.next(state, Step.AMEND)).isEqualTo(ReviewState.SUBMITTED);
    }
  }

  @Test
  void onlyAReportAwaitingReviewIsAcceptedOrQueried() {
    for (ReviewState state : new ReviewState[] {ReviewState.QUERIED, ReviewState.ACCEPTED}) {
      assertThatThrownBy(() -> ReviewRules.next(state, Step.ACCEPT))
          .isInstanceOf(ConflictException.class)
          .hasMessage("licensing.royaltyReport.review.notAwaiting");
      assertThatThrownBy(() -> ReviewRules.next(state, Step.QUERY))
          .isInstanceOf(ConflictException.class);
      assertThat(ReviewRules.allows(state, Step.ACCEPT)).isFalse();
    }
  }

  @Test
  void onlyAQueriedReportIsAnswered() {
    for (ReviewState state : new ReviewState[] {ReviewState.SUBMITTED, ReviewState.ACCEPTED}) {
      assertThatThrownBy(() -> ReviewRules.next(state, Step.ANSWER))
          .isInstanceOf(ConflictException.class)
          .hasMessage("licensing.royaltyReport.review.noOpenQuery");
    }
    assertThat(ReviewRules.allows(ReviewState.QUERIED, Step.ANSWER)).isTrue();
  }
}
