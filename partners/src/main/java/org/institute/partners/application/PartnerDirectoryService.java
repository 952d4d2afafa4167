package org.institute.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.institute.core.AccessRefusedException;
import org.institute.core.AuditTrail;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerLabel;
import org.institute.partners.PartnerName;
import org.institute.partners.PartnerRole;
import org.institute.partners.PartnerSummary;
import org.institute.partners.domain.Partner;
import org.institute.partners.domain.PartnerRepository;

@ApplicationScoped
@Transactional
class PartnerDirectoryService implements PartnerDirectory {

  @Inject private PartnerRepository partners;
  @Inject private PartnerRules rules;
  @Inject private AuditTrail audit;
  @Inject private PartnersPolicy policy;
  @Inject private Clock clock;

  @Override
  public Optional<PartnerSummary> find(PartnerId id) {
    return partners.find(id.value()).map(Partner::summary);
  }

  @Override
  public Optional<PartnerSummary> findByCode(String code) {
    return partners.findByCode(code).map(Partner::summary);
  }

  @Override
  public List<PartnerSummary> all() {
    return partners.all().stream().map(Partner::summary).toList();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PartnerLabel> labels() {
    return partners.labels(null);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PartnerLabel> labels(Collection<PartnerId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return partners.labels(ids.stream().map(PartnerId::value).collect(Collectors.toSet()));
  }

  @Override
  public List<PartnerSummary> withRole(PartnerRole role) {
    return partners.withRole(role).stream().map(Partner::summary).toList();
  }

  @Override
  public Optional<PartnerName> nameOn(PartnerId id, LocalDate date) {
    return partners.find(id.value()).map(p -> p.nameOn(date));
  }

  @Override
  public boolean mayActFor(PartnerId id) {
    return policy.mayActFor(id);
  }

  @Override
  public PartnerSummary requireMayActFor(PartnerId id, String field) {
    policy.requireActsForPartners();
    PartnerSummary partner =
        partners
            .find(id.value())
            .map(Partner::summary)
            .orElseThrow(() -> InvalidCommandException.of(field, "partner.unknown"));
    if (!policy.mayActFor(id)) {
      throw new AccessRefusedException("acting for partner " + partner.code());
    }
    return partner;
  }

  @Override
  public PartnerSummary register(NewPartner registration) {
    policy.requireMayRegisterPartner();
    rules.checkRegistration(registration);
    LocalDate today = LocalDate.now(clock);
    Partner partner =
        new Partner(
            registration,
            registration.knownSince() == null ? today : registration.knownSince(),
            clock.instant());
    partners.add(partner);
    partners.flush();
    PartnerSummary summary = partner.summary();
    audit.record(
        "PARTNER_REGISTERED",
        "Partner",
        summary.id().toString(),
        registration.code()
            + " "
            + registration.nameEn()
            + " ("
            + registration.kind()
            + ", roles "
            + registration.roles()
            + ")");
    return summary;
  }
}
