package org.institute.partners.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.PartnerId;
import org.institute.partners.AgreementQuery;
import org.institute.partners.domain.Agreement;
import org.institute.partners.domain.AgreementRepository;

/**
 * Agreements in a map. Its search keeps the repository's contract: confidential agreements only for
 * a viewer that is a party, none when hidden, all when no viewer is named.
 */
final class InMemoryAgreements implements AgreementRepository {
  final Map<Long, Agreement> byId = new LinkedHashMap<>();
  PartnerId lastViewer;
  Boolean lastHideConfidential;
  int flushes;

  @Override
  public void add(Agreement agreement) {
    long id = byId.size() + 1L;
    Wiring.assignId(agreement, id);
    byId.put(id, agreement);
  }

  @Override
  public Optional<Agreement> find(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<Agreement> search(
      AgreementQuery query,
      PartnerId visibleTo,
      boolean hideConfidential,
      LocalDate today,
      int firstResult,
      int maxResults) {
    lastViewer = visibleTo;
    lastHideConfidential = hideConfidential;
    List<Agreement> found = new ArrayList<>();
    for (Agreement a : byId.values()) {
      boolean shown =
          !a.confidential() || (!hideConfidential && (visibleTo == null || a.hasParty(visibleTo)));
      if (shown) {
        found.add(a);
      }
    }
    return found;
  }

  @Override
  public long count(
      AgreementQuery query, PartnerId visibleTo, boolean hideConfidential, LocalDate today) {
    return search(query, visibleTo, hideConfidential, today, 0, Integer.MAX_VALUE).size();
  }

  @Override
  public void flush() {
    flushes++;
  }
}
