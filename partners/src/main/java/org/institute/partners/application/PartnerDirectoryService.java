package org.institute.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.institute.core.AuditTrail;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.Violation;
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.partners.domain.Partner;
import org.institute.partners.domain.PartnerRepository;

@ApplicationScoped
@Transactional
class PartnerDirectoryService implements PartnerDirectory {

  @Inject private PartnerRepository partners;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<PartnerSummary> find(PartnerId id) {
    return partners.find(id.value()).map(Partner::summary);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<PartnerSummary> findByCode(String code) {
    return partners.findByCode(code).map(Partner::summary);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PartnerSummary> all() {
    return partners.all().stream().map(Partner::summary).toList();
  }

  @Override
  public PartnerSummary register(NewPartner registration) {
    List<Violation> problems = new ArrayList<>();
    if (registration.code() == null || !registration.code().matches("[A-Z0-9-]{2,16}")) {
      problems.add(new Violation("code", "partner.code.invalid"));
    } else if (partners.findByCode(registration.code()).isPresent()) {
      problems.add(new Violation("code", "partner.code.taken"));
    }
    if (registration.nameEn() == null || registration.nameEn().isBlank()) {
      problems.add(new Violation("nameEn", "partner.nameEn.required"));
    }
    if (registration.kind() == null) {
      problems.add(new Violation("kind", "partner.kind.required"));
    }
    if (registration.country() == null || !registration.country().matches("[A-Z]{2}")) {
      problems.add(new Violation("country", "partner.country.invalid"));
    }
    if (registration.city() == null || registration.city().isBlank()) {
      problems.add(new Violation("city", "partner.city.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    Partner partner = new Partner(registration, clock.instant());
    partners.add(partner);
    PartnerSummary summary = partner.summary();
    audit.record(
        "PARTNER_REGISTERED",
        "Partner",
        summary.id().toString(),
        registration.code() + " " + registration.nameEn() + " (" + registration.kind() + ")");
    return summary;
  }
}
