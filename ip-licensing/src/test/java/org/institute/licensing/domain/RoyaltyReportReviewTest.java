package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.domain.RoyaltyReportFixture.AT;
import static org.institute.licensing.domain.RoyaltyReportFixture.CNY;
import static org.institute.licensing.domain.RoyaltyReportFixture.due;
import static org.institute.licensing.domain.RoyaltyReportFixture.filed;
import static org.institute.licensing.domain.RoyaltyReportFixture.lines;

import java.math.BigDecimal;
import org.institute.core.ConflictException;
import org.institute.core.Money;
import org.institute.licensing.ReviewState;
import org.junit.jupiter.api.Test;

/** The review of one report: acceptance, queries, answers and corrections after acceptance. */
class RoyaltyReportReviewTest {

  private static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  @Test
  void aFiledReportAwaitsReview() {
    assertThat(filed().reviewState()).isEqualTo(ReviewState.SUBMITTED);
  }

  @Test
  void acceptanceInvoicesTheDueOfTheVersionAccepted() {
    RoyaltyReport report = filed();

    Money invoiced = report.accept(1, "admin", AT);

    assertThat(invoiced).isEqualTo(cny("50.00"));
    assertThat(report.reviewState()).isEqualTo(ReviewState.ACCEPTED);
    assertThat(report.acceptedVersion()).isEqualTo(1);
    assertThat(report.acceptedBy()).isEqualTo("admin");
    assertThat(report.invoiced()).isEqualTo(cny("50.00"));
  }

  @Test
  void aCorrectionOfAnAcceptedReportAwaitsReviewAndItsAcceptanceInvoicesTheDifference() {
    RoyaltyReport report = filed();
    report.accept(1, "admin", AT);

    report.amend(1, "huaxin.licensee", AT, "returns", lines("800"), due("800"));

    assertThat(report.reviewState()).isEqualTo(ReviewState.SUBMITTED);
    assertThat(report.accept(2, "admin", AT)).isEqualTo(cny("-10.00"));
    assertThat(report.invoiced()).isEqualTo(cny("40.00"));
    report.amend(2, "huaxin.licensee", AT, "more", lines("1200"), due("1200"));
    assertThat(report.accept(3, "admin", AT)).isEqualTo(cny("20.00"));
  }

  @Test
  void theAdminAcceptsOnlyTheVersionInForce() {
    RoyaltyReport report = filed();
    report.amend(1, "huaxin.licensee", AT, null, lines("800"), due("800"));

    assertThatThrownBy(() -> report.accept(1, "admin", AT))
        .isInstanceOf(ConflictException.class)
        .hasMessage("licensing.royaltyReport.staleVersion");
    assertThat(report.reviewState()).isEqualTo(ReviewState.SUBMITTED);
  }

  @Test
  void aQueryAwaitsTheLicenseesAnswerAndTheAnswerPutsItBackToReview() {
    RoyaltyReport report = filed();

    ReportQuery query = report.query(1, "admin", AT, "Why no sales in Hong Kong?");

    assertThat(report.reviewState()).isEqualTo(ReviewState.QUERIED);
    assertThat(report.openQuery()).contains(query);
    assertThatThrownBy(() -> report.accept(1, "admin", AT)).isInstanceOf(ConflictException.class);

    report.answer("huaxin.licensee", AT.plusSeconds(60), "Not launched there yet.");

    assertThat(report.reviewState()).isEqualTo(ReviewState.SUBMITTED);
    assertThat(report.openQuery()).isEmpty();
    assertThat(query.answer()).isEqualTo("Not launched there yet.");
    assertThat(query.answerVersion()).isEqualTo(1);
    assertThat(query.aboutVersion()).isEqualTo(1);
  }

  @Test
  void anAnswerWithACorrectionNamesTheVersionInForce() {
    RoyaltyReport report = filed();
    report.query(1, "admin", AT, "Returns?");

    report.amend(1, "huaxin.licensee", AT, "returns", lines("900"), due("900"));
    ReportQuery answered = report.answer("huaxin.licensee", AT, "Corrected.");

    assertThat(answered.answerVersion()).isEqualTo(2);
    assertThat(report.reviewState()).isEqualTo(ReviewState.SUBMITTED);
    assertThat(report.accept(2, "admin", AT)).isEqualTo(cny("45.00"));
  }

  @Test
  void nothingIsAnsweredWithoutAnOpenQuery() {
    RoyaltyReport report = filed();

    assertThatThrownBy(() -> report.answer("huaxin.licensee", AT, "?"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("licensing.royaltyReport.review.noOpenQuery");
  }

  @Test
  void aSecondQueryWaitsForTheAnswerOfTheFirst() {
    RoyaltyReport report = filed();
    report.query(1, "admin", AT, "One?");

    assertThatThrownBy(() -> report.query(1, "admin", AT, "Two?"))
        .isInstanceOf(ConflictException.class);
    report.answer("huaxin.licensee", AT, "One.");
    report.query(1, "admin", AT, "Two?");
    assertThat(report.queries()).extracting(ReportQuery::index).containsExactly(1, 2);
  }
}
