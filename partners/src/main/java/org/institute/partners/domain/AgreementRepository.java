package org.institute.partners.domain;

import java.util.List;
import java.util.Optional;
import org.institute.core.Scope;
import org.institute.partners.AgreementQuery;

public interface AgreementRepository {
  void add(Agreement agreement);

  Optional<Agreement> find(long id);

  /**
   * A page of agreements with their parties: all that are not confidential, and the confidential
   * ones with a party in {@code confidentialScope}.
   */
  List<Agreement> search(
      AgreementQuery query,
      Scope confidentialScope,
      java.time.LocalDate today,
      int firstResult,
      int maxResults);

  long count(AgreementQuery query, Scope confidentialScope, java.time.LocalDate today);

  void flush();
}
