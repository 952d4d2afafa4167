package org.institute.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.institute.core.KnownPartners;
import org.institute.core.PartnerId;
import org.institute.partners.PartnerRole;
import org.institute.partners.domain.PartnerRepository;

/** Tells the core module which partners exist, so that it can check a user's partner. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class KnownPartnersFromRegistry implements KnownPartners {

  @Inject private PartnerRepository partners;

  @Override
  public boolean exists(PartnerId partner) {
    return partners.find(partner.value()).isPresent();
  }

  @Override
  public boolean isLicensee(PartnerId partner) {
    return partners
        .find(partner.value())
        .map(p -> p.summary().roles().contains(PartnerRole.LICENSEE))
        .orElse(false);
  }
}
