package org.institute.licensing.domain;

import java.util.List;
import java.util.Optional;

/** Royalty reports with their versions. */
public interface RoyaltyReportRepository {
  RoyaltyReport add(RoyaltyReport report);

  Optional<RoyaltyReport> find(long id);

  /** A deal's reports, by period, the earliest first. */
  List<RoyaltyReport> ofDeal(long dealId);

  /**
   * The first days of the periods with a filed report, for each of the deals (one statement, for
   * the reminders' read over every deal); deals without a report are absent.
   */
  java.util.Map<Long, java.util.Set<java.time.LocalDate>> filedPeriodStarts(
      java.util.Collection<Long> dealIds);

  /**
   * Bumps the report's version at flush and flushes now, so that of two amendments of one report
   * exactly one commits.
   */
  void flushWithNewVersion(RoyaltyReport report);

  /** The reports in a review state, the earliest period first, at most {@code limit}. */
  List<RoyaltyReport> inReview(org.institute.licensing.ReviewState state, int limit);
}
