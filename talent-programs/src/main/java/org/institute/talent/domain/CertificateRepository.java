package org.institute.talent.domain;

import java.util.List;
import java.util.Optional;
import org.institute.core.ListSort;
import org.institute.core.PageRequest;
import org.institute.core.SearchText;
import org.institute.core.Slice;

public interface CertificateRepository {
  Optional<Certificate> findByCode(String code);

  boolean codeTaken(String code);

  void add(Certificate certificate);

  /** A certificate and the cohort it was earned in. */
  record Row(Certificate certificate, long cohortId) {}

  /**
   * The order of the API's certificate list for a sort key of {@link
   * org.institute.talent.Certificates#SORTS} (none: the date of issue): the newest first, holders
   * from A; ties by id the same way. The keys the API's list has always taken.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code sort} for any other key
   */
  static ListSort order(String sort) {
    if (sort == null || sort.isBlank() || sort.equals("issuedOn")) {
      return ListSort.descending("issuedOn");
    }
    if (!org.institute.talent.Certificates.SORTS.contains(sort)) {
      throw org.institute.core.InvalidCommandException.of(ListSort.PARAMETER, "sort.unsupported");
    }
    return ListSort.ascending(sort);
  }

  /**
   * Certificates matching the search (all when null) read by keyset (decision 0124), in {@code
   * sort}'s order then the id's: the rows after the page's cursor, counted only when the page asks
   * for the exact total.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code cursor} for a cursor of
   *     another order or one whose key does not read
   */
  Slice<Row> slice(SearchText text, ListSort sort, PageRequest page);

  /** A page of certificates matching the search (all when null), in the order, and the total. */
  Found search(SearchText text, ListSort sort, int offset, int limit);

  /** A page of rows and how many matched in all. */
  record Found(List<Row> rows, long total) {}

  Optional<Row> row(String code);

  /** How many certificates have a place in the status lists. */
  long placedInStatusLists();

  boolean statusSlotTaken(int list, int index);

  /** The status list places of the revoked certificates of one list. */
  List<Integer> revokedIndexes(int list);

  /** The highest status list in use; 0 when none is. */
  int lastStatusList();
}
