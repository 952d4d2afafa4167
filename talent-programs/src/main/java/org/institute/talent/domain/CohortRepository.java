package org.institute.talent.domain;

import java.util.List;
import java.util.Optional;
import org.institute.core.Scope;

public interface CohortRepository {
  Optional<Cohort> find(long id);

  /**
   * The cohort, locked for update until the transaction ends: enrolments into one cohort take their
   * turn, so its capacity holds under concurrent requests.
   */
  Optional<Cohort> lock(long id);

  void add(Cohort cohort);

  /** One cohort row with its programme's names and its waitlist length. */
  record Row(Cohort cohort, Programme programme, long waitlisted) {}

  /** Cohorts, of one programme if given, whose programme a partner in {@code owners} owns. */
  List<Row> list(Long programmeId, Scope owners, String sort, int offset, int limit);

  long count(Long programmeId, Scope owners);

  Optional<Row> row(long id);
}
