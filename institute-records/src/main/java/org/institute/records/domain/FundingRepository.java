package org.institute.records.domain;

import java.util.List;
import java.util.Optional;
import org.institute.core.Scope;
import org.institute.records.FundingQuery;

public interface FundingRepository {

  /**
   * Every commitment the query matches, funded by {@code funder} when not null, newest period
   * first, with its movements loaded.
   */
  List<FundingCommitment> commitments(FundingQuery query, Scope scope);

  Optional<FundingCommitment> commitment(long id);

  void add(FundingCommitment commitment);

  void flush();
}
