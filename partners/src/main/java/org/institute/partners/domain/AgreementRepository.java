package org.institute.partners.domain;

import java.util.List;
import java.util.Optional;
import org.institute.core.PartnerId;
import org.institute.partners.AgreementQuery;

public interface AgreementRepository {
  void add(Agreement agreement);

  Optional<Agreement> find(long id);

  /**
   * A page of agreements with their parties. {@code visibleTo} restricts confidential ones to those
   * that partner is a party to; null shows all.
   */
  List<Agreement> search(
      AgreementQuery query,
      PartnerId visibleTo,
      boolean hideConfidential,
      java.time.LocalDate today,
      int firstResult,
      int maxResults);

  long count(
      AgreementQuery query,
      PartnerId visibleTo,
      boolean hideConfidential,
      java.time.LocalDate today);

  void flush();
}
