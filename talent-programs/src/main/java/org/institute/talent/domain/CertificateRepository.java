package org.institute.talent.domain;

import java.util.List;
import java.util.Optional;
import org.institute.core.ListSort;
import org.institute.core.SearchText;

public interface CertificateRepository {
  Optional<Certificate> findByCode(String code);

  boolean codeTaken(String code);

  void add(Certificate certificate);

  /** A certificate and the cohort it was earned in. */
  record Row(Certificate certificate, long cohortId) {}

  List<Row> list(String sort, int offset, int limit);

  long count();

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
