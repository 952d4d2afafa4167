package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AuditTrail;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.ListSort;
import org.institute.core.Mailer;
import org.institute.core.PartnerId;
import org.institute.core.Recipients;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.core.SearchText;
import org.institute.core.Violation;
import org.institute.licensing.Acceptance;
import org.institute.licensing.DisclosurePage;
import org.institute.licensing.DisclosureState;
import org.institute.licensing.DisclosureView;
import org.institute.licensing.Disclosures;
import org.institute.licensing.NewDisclosure;
import org.institute.licensing.Share;
import org.institute.licensing.domain.Actor;
import org.institute.licensing.domain.Disclosure;
import org.institute.licensing.domain.DisclosureRepository;
import org.institute.licensing.domain.PatentFamily;
import org.institute.licensing.domain.PatentFamilyRepository;
import org.institute.partners.PartnerDirectory;

/** Invention disclosures and their review by the IP office. */
@ApplicationScoped
@Transactional
class DisclosureService implements Disclosures {

  @Inject private DisclosureRepository disclosures;
  @Inject private PatentFamilyRepository families;
  @Inject private PartnerDirectory partners;
  @Inject private LicensingPolicy policy;
  @Inject private AuditTrail audit;
  @Inject private Mailer mailer;
  @Inject private Recipients recipients;
  @Inject private Clock clock;

  @Override
  public DisclosureView submit(NewDisclosure n) {
    Actor actor = policy.actor();
    checkPartners(n);
    Disclosure d = disclosures.add(Disclosure.submit(actor, n, clock.instant()));
    audit.record("DISCLOSURE_SUBMITTED", "Disclosure", d.id().toString(), "\"" + d.title() + "\"");
    tellIpOffice(d);
    return view(d);
  }

  @Override
  public DisclosureView revise(long id, NewDisclosure n) {
    Actor actor = policy.actor();
    Disclosure d = visible(id);
    checkPartners(n);
    d.revise(actor, n, clock.instant());
    finish(d, "DISCLOSURE_REVISED", null);
    tellIpOffice(d);
    return view(d);
  }

  @Override
  public Optional<DisclosureView> find(long id) {
    return disclosures.find(id).filter(policy::mayRead).map(this::view);
  }

  @Override
  public List<DisclosureView> list(DisclosureState state, int offset, int limit) {
    return disclosures.page(state, policy.readScope(), offset, limit).stream()
        .map(this::view)
        .toList();
  }

  @Override
  public DisclosurePage search(
      DisclosureState state, String text, String sort, int offset, int limit) {
    ListSort order = ListSort.parse(sort, SORTS, DEFAULT_SORT);
    SearchText search = SearchText.of(text).orElse(null);
    DisclosureRepository.Found found =
        disclosures.search(state, policy.readScope(), search, order, offset, limit);
    return new DisclosurePage(found.disclosures().stream().map(this::view).toList(), found.total());
  }

  @Override
  public DisclosureView accept(long id, Acceptance a) {
    Actor actor = policy.actor();
    Disclosure d = visible(id);
    List<Violation> problems = new ArrayList<>();
    if (a == null || a.priorityDate() == null) {
      problems.add(new Violation("priorityDate", "field.required"));
    } else if (a.priorityDate().isAfter(LocalDate.now(clock))) {
      problems.add(new Violation("priorityDate", "licensing.disclosure.priority.future"));
    }
    if (a != null && a.reference() != null && families.referenceTaken(a.reference())) {
      problems.add(new Violation("reference", "licensing.family.reference.taken"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    List<Share> owners = d.accept(actor, a.comment(), clock.instant());
    PatentFamily family =
        families.add(
            PatentFamily.register(
                a.reference(),
                d.title(),
                d.technologyFieldText(),
                a.priorityDate(),
                owners,
                clock.instant()));
    family.inventedBy(d.inventors());
    d.linkFamily(family.id());
    finish(
        d, "DISCLOSURE_ACCEPTED", "patent family " + family.reference() + " (" + family.id() + ")");
    audit.record(
        "PATENT_FAMILY_REGISTERED",
        "PatentFamily",
        family.id().toString(),
        family.reference() + " from disclosure " + d.id());
    tellSubmitter(d);
    return view(d);
  }

  @Override
  public DisclosureView requestChanges(long id, String reason) {
    Actor actor = policy.actor();
    Disclosure d = visible(id);
    d.requestChanges(actor, reason, clock.instant());
    finish(d, "DISCLOSURE_CHANGES_REQUESTED", reason);
    tellSubmitter(d);
    return view(d);
  }

  @Override
  public DisclosureView decline(long id, String reason) {
    Actor actor = policy.actor();
    Disclosure d = visible(id);
    d.decline(actor, reason, clock.instant());
    finish(d, "DISCLOSURE_DECLINED", reason);
    tellSubmitter(d);
    return view(d);
  }

  private void finish(Disclosure d, String action, String summary) {
    try {
      disclosures.flushWithNewVersion(d);
    } catch (PersistenceException raced) {
      throw new ConflictException(
          "Someone else changed this disclosure at the same moment; reload it.", raced);
    }
    audit.record(
        action,
        "Disclosure",
        d.id().toString(),
        d.state() + (summary == null ? "" : "; " + summary));
  }

  /** The disclosure's view, with what the caller may do to it. */
  private DisclosureView view(Disclosure d) {
    return d.view(policy.disclosureActions(d));
  }

  private Disclosure visible(long id) {
    return disclosures
        .find(id)
        .filter(policy::mayRead)
        .orElseThrow(() -> new RecordNotFoundException("disclosure " + id));
  }

  private void checkPartners(NewDisclosure n) {
    if (n == null) {
      return;
    }
    List<Violation> problems = new ArrayList<>();
    for (int i = 0; i < n.inventors().size(); i++) {
      var inv = n.inventors().get(i);
      if (inv != null
          && inv.partnerId() > 0
          && partners.find(new PartnerId(inv.partnerId())).isEmpty()) {
        problems.add(new Violation("inventors[" + i + "].partnerId", "partner.unknown"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
  }

  private void tellIpOffice(Disclosure d) {
    String subject = "Invention disclosure #" + d.id() + " waits for review / 发明披露待审核";
    String body = "\"" + d.title() + "\" was submitted by " + policy.actor().username() + ".\n";
    recipients.withRole(Role.ADMIN).forEach(to -> mailer.send(to, subject, body));
  }

  private void tellSubmitter(Disclosure d) {
    DisclosureView v = d.view(Set.of());
    if (v.submittedBy() == null) {
      return;
    }
    String subject = "Invention disclosure #" + d.id() + ": " + v.state() + " / 发明披露审核结果";
    String body =
        "\""
            + v.title()
            + "\" is now "
            + v.state()
            + "."
            + (v.reviewComment() == null ? "" : "\nReason / 理由: " + v.reviewComment())
            + "\n";
    if (v.familyId() != null) {
      body += "Patent family / 专利族: " + v.familyId() + "\n";
    }
    String text = body;
    v.inventors().stream()
        .map(i -> i.partnerId())
        .distinct()
        .forEach(
            p ->
                recipients.staffOf(new PartnerId(p)).forEach(to -> mailer.send(to, subject, text)));
  }
}
