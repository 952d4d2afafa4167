package org.institute.partners.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.Scope;
import org.institute.core.testing.Wiring;
import org.institute.partners.AgreementQuery;
import org.institute.partners.domain.Agreement;
import org.institute.partners.domain.AgreementRepository;

/**
 * Agreements in a map. Its search keeps the repository's contract: every agreement that is not
 * confidential, and the confidential ones with a party in the scope given.
 */
final class InMemoryAgreements implements AgreementRepository {
  final Map<Long, Agreement> byId = new LinkedHashMap<>();
  Scope lastScope;
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
      Scope confidentialScope,
      LocalDate today,
      int firstResult,
      int maxResults) {
    lastScope = confidentialScope;
    List<Agreement> found = new ArrayList<>();
    for (Agreement a : byId.values()) {
      if (!a.confidential() || confidentialScope.includesAny(a.parties())) {
        found.add(a);
      }
    }
    return found;
  }

  @Override
  public long count(AgreementQuery query, Scope confidentialScope, LocalDate today) {
    return search(query, confidentialScope, today, 0, Integer.MAX_VALUE).size();
  }

  @Override
  public void flush() {
    flushes++;
  }
}
