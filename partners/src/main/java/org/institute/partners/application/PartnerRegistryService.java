package org.institute.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.institute.core.AuditTrail;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Violation;
import org.institute.partners.PartnerChanges;
import org.institute.partners.PartnerDetails;
import org.institute.partners.PartnerName;
import org.institute.partners.PartnerPage;
import org.institute.partners.PartnerQuery;
import org.institute.partners.PartnerRegistry;
import org.institute.partners.PartnerSummary;
import org.institute.partners.domain.Partner;
import org.institute.partners.domain.PartnerRepository;

@ApplicationScoped
@Transactional
class PartnerRegistryService implements PartnerRegistry {

  @Inject private PartnerRepository partners;
  @Inject private AuditTrail audit;
  @Inject private PartnersPolicy policy;
  @Inject private Clock clock;

  @Override
  public PartnerPage search(PartnerQuery query, int firstResult, int maxResults) {
    policy.requireSignedIn("reading the partner directory");
    return new PartnerPage(
        partners.search(query, firstResult, maxResults).stream().map(Partner::summary).toList(),
        partners.count(query));
  }

  @Override
  public Optional<PartnerDetails> details(PartnerId id) {
    policy.requireSignedIn("reading the partner directory");
    return partners.find(id.value()).map(this::details);
  }

  @Override
  public PartnerDetails change(PartnerId id, PartnerChanges changes) {
    policy.requireMayEditPartner();
    Partner partner =
        partners.find(id.value()).orElseThrow(() -> new RecordNotFoundException("partner " + id));
    ConflictException.requireVersion(changes.version(), partner.version());
    PartnerSummary before = partner.summary();
    List<Violation> problems = new ArrayList<>();
    String nameEn = changes.nameEn() == null ? before.nameEn() : changes.nameEn();
    String nameZh = changes.nameZh() == null ? before.nameZh() : changes.nameZh();
    PartnerRules.checkNames(nameEn, nameZh, problems);
    PartnerRules.checkDescription(
        changes.kind() == null ? before.kind() : changes.kind(),
        changes.country() == null ? before.country() : changes.country(),
        changes.city() == null ? before.city() : changes.city(),
        problems);
    if (changes.contacts() != null) {
      PartnerRules.checkContacts(changes.contacts(), problems);
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate renamedOn = changes.renamedOn() == null ? today : changes.renamedOn();
    boolean renamed =
        !nameEn.trim().equals(before.nameEn())
            || !java.util.Objects.equals(blankToNull(nameZh), before.nameZh());
    if (renamed && (renamedOn.isAfter(today) || renamedOn.getYear() < 1800)) {
      problems.add(new Violation("renamedOn", "date.outOfRange"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    List<String> what = new ArrayList<>();
    if (renamed) {
      PartnerName old = partner.nameOn(renamedOn.minusDays(1));
      partner.rename(nameEn, nameZh, renamedOn);
      what.add("renamed from " + renamedOn + ": '" + old.nameEn() + "' -> '" + nameEn.trim() + "'");
    }
    partner.describe(
        changes.kind() == null ? before.kind() : changes.kind(),
        changes.country() == null ? before.country() : changes.country(),
        changes.city() == null ? before.city() : changes.city(),
        changes.roles() == null ? before.roles() : changes.roles());
    PartnerSummary described = partner.summary();
    if (described.kind() != before.kind()
        || !described.country().equals(before.country())
        || !described.city().equals(before.city())
        || !described.roles().equals(before.roles())) {
      what.add(
          "kind "
              + described.kind()
              + ", place "
              + described.city()
              + " "
              + described.country()
              + ", roles "
              + described.roles());
    }
    if (changes.contacts() != null && !changes.contacts().equals(partner.contacts())) {
      partner.replaceContacts(changes.contacts());
      what.add(changes.contacts().size() + " contact point(s)");
    }
    if (changes.active() != null && changes.active() != before.active()) {
      if (changes.active()) {
        partner.activate();
        what.add("activated");
      } else {
        partner.deactivate();
        what.add("deactivated");
      }
    }
    if (!what.isEmpty()) {
      audit.record(
          "PARTNER_CHANGED",
          "Partner",
          id.toString(),
          before.code() + ": " + String.join("; ", what));
    }
    partners.flush();
    return details(partner);
  }

  private PartnerDetails details(Partner p) {
    PartnerSummary summary = p.summary();
    return new PartnerDetails(
        summary,
        p.contacts(),
        p.nameHistory(),
        p.createdAt(),
        p.version(),
        policy.partnerActions(summary.id()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
