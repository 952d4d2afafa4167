package org.institute.records;

import java.io.Serializable;
import java.util.List;

/**
 * A page of commitments and the totals over every commitment the query matches (not just the page):
 * overall, by funder, by centre and by year.
 */
public record FundingOverview(
    List<CommitmentView> commitments,
    long total,
    FundingRow totals,
    List<FundingRow> byFunder,
    List<FundingRow> byCentre,
    List<FundingRow> byYear)
    implements Serializable {

  public FundingOverview {
    commitments = List.copyOf(commitments);
    byFunder = List.copyOf(byFunder);
    byCentre = List.copyOf(byCentre);
    byYear = List.copyOf(byYear);
  }
}
