package org.institute.licensing.domain;

import java.util.List;
import java.util.Optional;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealRow;
import org.institute.licensing.DealState;

public interface DealRepository {
  LicenceDeal add(LicenceDeal deal);

  Optional<LicenceDeal> find(long id);

  /**
   * Bumps the deal's version at flush and flushes now, so that of two transactions changing the
   * same deal exactly one commits; the other fails here with an optimistic-lock exception.
   */
  void flushWithNewVersion(LicenceDeal deal);

  /**
   * Deal rows (licensee names left empty), scoped to a partner when {@code scopePartner} is set.
   */
  List<DealRow> rows(DealQuery query, Long scopePartner, int offset, int limit);

  long count(DealQuery query, Long scopePartner);

  java.util.Map<DealState, Long> countByState(Long scopePartner);

  /** Deals in review an admin could act on, or deals waiting for a partner's consent. */
  List<DealRow> inbox(
      boolean admin, Long consentingPartner, String excludeSubmitter, int offset, int limit);

  long inboxCount(boolean admin, Long consentingPartner, String excludeSubmitter);

  /** Deals in a state, for the scheduled term checks. */
  List<LicenceDeal> inState(DealState state, int limit);
}
