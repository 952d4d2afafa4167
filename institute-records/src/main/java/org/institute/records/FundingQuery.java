package org.institute.records;

import java.io.Serializable;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;

/**
 * Filters for commitments; a null field does not filter. {@code year} matches the period's start.
 */
public record FundingQuery(PartnerId funder, Long centreId, Integer year) implements Serializable {
  public FundingQuery {
    if (year != null && (year < 1990 || year > 2200)) {
      throw InvalidCommandException.of("year", "field.outOfRange");
    }
  }

  public static FundingQuery all() {
    return new FundingQuery(null, null, null);
  }
}
