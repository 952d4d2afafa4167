package org.institute.talent.domain;

import java.util.List;
import java.util.Optional;

public interface CertificateRepository {
  Optional<Certificate> findByCode(String code);

  boolean codeTaken(String code);

  void add(Certificate certificate);

  /** A certificate and the cohort it was earned in. */
  record Row(Certificate certificate, long cohortId) {}

  List<Row> list(String sort, int offset, int limit);

  long count();

  Optional<Row> row(String code);

  /** How many certificates have a place in the status lists. */
  long placedInStatusLists();

  boolean statusSlotTaken(int list, int index);

  /** The status list places of the revoked certificates of one list. */
  List<Integer> revokedIndexes(int list);

  /** The highest status list in use; 0 when none is. */
  int lastStatusList();
}
