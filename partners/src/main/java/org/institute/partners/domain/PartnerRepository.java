package org.institute.partners.domain;

import java.util.List;
import java.util.Optional;
import org.institute.partners.PartnerRole;

public interface PartnerRepository {
  Optional<Partner> find(long id);

  Optional<Partner> findByCode(String code);

  List<Partner> all();

  List<Partner> withRole(PartnerRole role);

  void add(Partner partner);
}
