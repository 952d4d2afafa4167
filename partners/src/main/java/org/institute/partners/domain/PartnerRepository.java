package org.institute.partners.domain;

import java.util.List;
import java.util.Optional;

public interface PartnerRepository {
  Optional<Partner> find(long id);

  Optional<Partner> findByCode(String code);

  List<Partner> all();

  void add(Partner partner);
}
