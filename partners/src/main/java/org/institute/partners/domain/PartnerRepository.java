package org.institute.partners.domain;

import java.util.List;
import java.util.Optional;
import org.institute.partners.PartnerQuery;
import org.institute.partners.PartnerRole;

public interface PartnerRepository {
  Optional<Partner> find(long id);

  Optional<Partner> findByCode(String code);

  List<Partner> all();

  /**
   * Labels read as a projection (no entity, no collection), ordered by code: of the given ids, or
   * of every partner when {@code ids} is null.
   */
  List<org.institute.partners.PartnerLabel> labels(java.util.Collection<Long> ids);

  List<Partner> withRole(PartnerRole role);

  void add(Partner partner);

  /** A page of partners with their roles, in a constant number of statements. */
  List<Partner> search(PartnerQuery query, int firstResult, int maxResults);

  long count(PartnerQuery query);

  void flush();

  /** Partners with their roles and name history, in one statement. */
  List<Partner> withNames(java.util.Collection<Long> ids);
}
