package org.institute.partners;

import java.util.List;
import java.util.Optional;
import org.institute.core.PartnerId;

/** Looks up and registers the institute's partners. */
public interface PartnerDirectory {

  Optional<PartnerSummary> find(PartnerId id);

  Optional<PartnerSummary> findByCode(String code);

  /** All partners, ordered by code. */
  List<PartnerSummary> all();

  /** Registers a partner; admins only. Audited. */
  PartnerSummary register(NewPartner partner);
}
