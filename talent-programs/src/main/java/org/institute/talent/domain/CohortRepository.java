package org.institute.talent.domain;

import java.util.List;
import java.util.Optional;
import org.institute.core.ListSort;
import org.institute.core.PageRequest;
import org.institute.core.Scope;
import org.institute.core.Slice;

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

  /**
   * The order of a cohort list for a sort key of {@link
   * org.institute.talent.Programmes#COHORT_SORTS} (none: the start): the newest start first, names
   * and statuses from A; ties by id the same way.
   */
  static ListSort order(String sort) {
    if (sort == null || sort.isBlank() || sort.equals("startsOn")) {
      return ListSort.descending("startsOn");
    }
    return ListSort.ascending(sort);
  }

  /** Cohorts, of one programme if given, whose programme a partner in {@code owners} owns. */
  List<Row> list(Long programmeId, Scope owners, String sort, int offset, int limit);

  long count(Long programmeId, Scope owners);

  /**
   * The same list read by keyset (decision 0095), in {@code sort}'s order then the id's: the rows
   * after the page's cursor, counted only when the page asks for the exact total.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code cursor} for a cursor of
   *     another order
   */
  Slice<Row> slice(Long programmeId, Scope owners, ListSort sort, PageRequest page);

  Optional<Row> row(long id);

  /**
   * How many cohorts in a status of {@code statuses} have people on their waitlist, how many wait
   * in all (the cohorts' kept waitlist lengths), and the one such cohort's id when there is one.
   */
  org.institute.talent.Waitlists waitlists(
      Scope owners, java.util.Set<org.institute.talent.CohortStatus> statuses);
}
