package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.institute.core.PartnerId;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.talent.CohortView;
import org.institute.talent.PartnerRef;
import org.institute.talent.ProgrammeView;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.CohortRepository;
import org.institute.talent.domain.Programme;

/** Turns aggregates into the API's views, with the actions the policy allows the caller. */
@ApplicationScoped
class Views {

  @Inject private PartnerDirectory partners;
  @Inject private TalentPolicy policy;

  /** Every partner by id: a few dozen rows, read once per list instead of once per owner. */
  Map<Long, PartnerSummary> partnerIndex() {
    return partners.all().stream()
        .collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
  }

  ProgrammeView programme(Programme p, Set<Long> owners, Map<Long, PartnerSummary> index) {
    List<PartnerRef> refs =
        owners.stream()
            .map(index::get)
            .filter(java.util.Objects::nonNull)
            .map(s -> new PartnerRef(s.id().value(), s.code(), s.nameEn(), s.nameZh()))
            .sorted(Comparator.comparing(PartnerRef::code))
            .toList();
    return new ProgrammeView(
        p.id(),
        p.code(),
        p.kind(),
        p.titleEn(),
        p.titleZh(),
        p.descriptionEn(),
        p.descriptionZh(),
        refs,
        p.eligibility(),
        p.minAttendancePercent(),
        p.assessmentRequired(),
        policy.programmeActions());
  }

  ProgrammeView programme(Programme p) {
    return programme(
        p, p.owners().stream().map(PartnerId::value).collect(Collectors.toSet()), partnerIndex());
  }

  CohortView cohort(CohortRepository.Row row) {
    Cohort c = row.cohort();
    Programme p = row.programme();
    return new CohortView(
        c.id(),
        p.id(),
        p.code(),
        p.titleEn(),
        p.titleZh(),
        p.kind(),
        c.name(),
        c.names().zh(),
        c.startsOn(),
        c.endsOn(),
        c.applicationsOpen(),
        c.applicationsClose(),
        c.capacity(),
        c.fee().map(Object::toString).orElse(null),
        c.fee().map(m -> m.amount().toPlainString()).orElse(null),
        c.fee().map(m -> m.currency().getCurrencyCode()).orElse(null),
        c.status(),
        c.enrolledCount(),
        row.waitlisted(),
        policy.cohortActions(c.status(), p.kind()));
  }
}
