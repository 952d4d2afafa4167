package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.AuditTrail;
import org.institute.core.InvalidCommandException;
import org.institute.core.KpiFigures;
import org.institute.core.KpiStamps;
import org.institute.core.ListSort;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Scope;
import org.institute.core.SearchText;
import org.institute.core.Violation;
import org.institute.licensing.ApplicationView;
import org.institute.licensing.Deadline;
import org.institute.licensing.FamilyAction;
import org.institute.licensing.FamilyPage;
import org.institute.licensing.FamilyRow;
import org.institute.licensing.FamilySharing;
import org.institute.licensing.FamilyView;
import org.institute.licensing.NewApplication;
import org.institute.licensing.NewPatentFamily;
import org.institute.licensing.OwnershipView;
import org.institute.licensing.Patents;
import org.institute.licensing.Share;
import org.institute.licensing.domain.Actor;
import org.institute.licensing.domain.Ownership;
import org.institute.licensing.domain.PatentApplication;
import org.institute.licensing.domain.PatentFamily;
import org.institute.licensing.domain.PatentFamilyRepository;
import org.institute.partners.PartnerDirectory;

/** Patent families, co-ownership and applications. */
@ApplicationScoped
@Transactional
class PatentService implements Patents {

  @Inject private PatentFamilyRepository families;
  @Inject private PartnerDirectory partners;
  @Inject private AuditTrail audit;
  @Inject private LicensingPolicy policy;
  @Inject private Clock clock;
  @Inject private KpiStamps kpiStamps;

  @Override
  public FamilyView register(NewPatentFamily n) {
    Actor actor = policy.actor();
    if (n == null) {
      throw InvalidCommandException.of(null, "request.bodyRequired");
    }
    checkPartners(n.owners());
    policy.requireRegister(actor, n.owners());
    if (n.reference() != null && families.referenceTaken(n.reference())) {
      throw InvalidCommandException.of("reference", "licensing.family.reference.taken");
    }
    PatentFamily family =
        families.add(
            PatentFamily.register(
                n.reference(),
                n.title(),
                n.technologyField(),
                n.priorityDate(),
                n.owners(),
                clock.instant()));
    audit.record(
        "PATENT_FAMILY_REGISTERED",
        "PatentFamily",
        family.id().toString(),
        family.reference()
            + " \""
            + family.title()
            + "\" priority "
            + family.priorityDate()
            + ", owners "
            + shares(n.owners()));
    return view(family);
  }

  @Override
  public FamilyView changeOwnership(long familyId, LocalDate effectiveFrom, List<Share> owners) {
    Actor actor = policy.actor();
    PatentFamily family = visible(familyId);
    policy.requireFamilyAction(FamilyAction.CHANGE_OWNERSHIP, actor, family, LocalDate.now(clock));
    checkPartners(owners);
    family.changeOwnership(effectiveFrom, owners);
    audit.record(
        "PATENT_OWNERSHIP_CHANGED",
        "PatentFamily",
        family.id().toString(),
        "from " + effectiveFrom + ": " + shares(owners));
    return view(family);
  }

  @Override
  public FamilyView changeSharing(long familyId, FamilySharing sharing) {
    Actor actor = policy.actor();
    PatentFamily family = visible(familyId);
    policy.requireFamilyAction(FamilyAction.CHANGE_SHARING, actor, family, LocalDate.now(clock));
    if (sharing == null) {
      throw InvalidCommandException.of(null, "request.bodyRequired");
    }
    family.changeSharing(sharing.costRecovery(), sharing.inventors());
    PartnerNames names = PartnerNames.of(partners);
    audit.record(
        "PATENT_SHARING_CHANGED",
        "PatentFamily",
        family.id().toString(),
        "costs "
            + sharing.costRecovery()
            + "; inventors: "
            + String.join(
                ", ",
                sharing.inventors().stream()
                    .map(
                        i ->
                            i.name()
                                + " ("
                                + names.code(i.partnerId())
                                + ") "
                                + i.contribution().stripTrailingZeros().toPlainString()
                                + "%")
                    .toList()));
    return view(family);
  }

  @Override
  public ApplicationView file(long familyId, NewApplication a) {
    Actor actor = policy.actor();
    PatentFamily family = visible(familyId);
    policy.requireFamilyAction(FamilyAction.FILE_APPLICATION, actor, family, LocalDate.now(clock));
    if (a == null) {
      throw InvalidCommandException.of(null, "request.bodyRequired");
    }
    PatentApplication application =
        family.file(
            a.jurisdiction(), a.applicationNumber(), a.filingDate(), a.status(), a.grantNumber());
    families.flush();
    kpiStamps.changed(KpiFigures.PATENT_APPLICATIONS);
    ApplicationView view = application.view();
    audit.record(
        "PATENT_APPLICATION_FILED",
        "PatentFamily",
        family.id().toString(),
        view.jurisdiction() + " " + view.applicationNumber() + " " + view.status());
    return view;
  }

  @Override
  public Optional<FamilyView> find(long id) {
    Scope scope = policy.readScope();
    return families.find(id).filter(f -> families.inScope(id, scope)).map(this::view);
  }

  @Override
  public FamilyPage licensable(String sort, int offset, int limit) {
    Actor actor = policy.actor();
    // the families whose deals the actor may draft (DealPolicy.handles): any for admins, their
    // partner's otherwise
    return list(actor.admin() ? null : actor.partnerId(), sort, offset, limit);
  }

  @Override
  public FamilyPage search(Long partnerId, String text, String sort, int offset, int limit) {
    Scope scope = policy.readScope();
    ListSort order = ListSort.parse(sort, SORTS, DEFAULT_SORT);
    SearchText search = SearchText.of(text).orElse(null);
    PatentFamilyRepository.Page found =
        families.page(scope, partnerId, search, order, offset, limit);
    List<PatentFamily> page = found.families();
    PartnerNames names = page.isEmpty() ? null : PartnerNames.of(partners);
    LocalDate today = LocalDate.now(clock);
    List<FamilyRow> rows = page.stream().map(f -> row(f, today, names)).toList();
    return new FamilyPage(rows, found.total(), offset, limit);
  }

  @Override
  public org.institute.core.Slice<FamilyRow> slice(
      Long partnerId, String text, String sort, org.institute.core.PageRequest page) {
    Scope scope = policy.readScope();
    ListSort order = ListSort.parse(sort, SORTS, DEFAULT_SORT);
    SearchText search = SearchText.of(text).orElse(null);
    org.institute.core.Slice<PatentFamily> found =
        families.slice(scope, partnerId, search, order, page);
    PartnerNames names = found.items().isEmpty() ? null : PartnerNames.of(partners);
    LocalDate today = LocalDate.now(clock);
    return found.map(f -> row(f, today, names));
  }

  /** A family as a row of a list: its current owners as of {@code today}. */
  private static FamilyRow row(PatentFamily f, LocalDate today, PartnerNames names) {
    return new FamilyRow(
        f.id(),
        f.reference(),
        f.title(),
        f.titleZh(),
        f.titleLanguage(),
        f.technologyField(),
        f.priorityDate(),
        current(f, today, names),
        f.applications().stream().map(PatentApplication::view).toList(),
        f.openDeadlines());
  }

  @Override
  public List<Deadline> deadlines(LocalDate from, LocalDate to) {
    Scope scope = policy.readScope();
    if (from == null || to == null || to.isBefore(from) || to.isAfter(from.plusYears(5))) {
      throw InvalidCommandException.of("to", "licensing.deadlines.range");
    }
    List<Deadline> due = new ArrayList<>();
    for (Deadline d : families.openDeadlines(from, to, scope)) {
      if (!d.due().isBefore(from) && !d.due().isAfter(to)) {
        due.add(d);
      }
    }
    due.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::familyReference));
    return due;
  }

  @Override
  public long applicationCount() {
    Scope scope = policy.readScope();
    if (!scope.isAll()) {
      return families.applicationCount(scope);
    }
    // every change of the applications moves the KPI stamp in its transaction (decision 0110):
    // read the stamp first, and count again only when it has moved (decision 0111)
    Long stamp = kpiStamps.current().get(KpiFigures.PATENT_APPLICATIONS);
    CountAtStamp known = allApplications;
    if (stamp != null && known != null && known.stamp() == stamp) {
      return known.count();
    }
    long count = families.applicationCount(scope);
    if (stamp != null) {
      allApplications = new CountAtStamp(stamp, count);
    }
    return count;
  }

  /** How many applications there were in all when the stamp was read before counting. */
  private record CountAtStamp(long stamp, long count) {}

  private volatile CountAtStamp allApplications;

  private PatentFamily visible(long id) {
    Scope scope = policy.readScope();
    return families
        .find(id)
        .filter(f -> families.inScope(id, scope))
        .orElseThrow(() -> new RecordNotFoundException("patent family " + id));
  }

  private void checkPartners(List<Share> owners) {
    if (owners == null) {
      return;
    }
    List<Violation> problems = new ArrayList<>();
    for (int i = 0; i < owners.size(); i++) {
      Share s = owners.get(i);
      if (s != null && s.partnerId() > 0 && partners.find(new PartnerId(s.partnerId())).isEmpty()) {
        problems.add(new Violation("owners[" + i + "].partnerId", "partner.unknown"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
  }

  private FamilyView view(PatentFamily f) {
    PartnerNames names = PartnerNames.of(partners);
    List<OwnershipView> history =
        f.ownership().stream()
            .sorted(
                Comparator.comparing(Ownership::effectiveFrom)
                    .reversed()
                    .thenComparing(Ownership::partnerId))
            .map(
                o ->
                    new OwnershipView(
                        o.partnerId(),
                        names.name(o.partnerId()),
                        names.nameZh(o.partnerId()),
                        o.percent(),
                        o.effectiveFrom()))
            .toList();
    return new FamilyView(
        f.id(),
        f.version(),
        f.reference(),
        f.title(),
        f.titleZh(),
        f.titleLanguage(),
        f.technologyField(),
        f.priorityDate(),
        current(f, LocalDate.now(clock), names),
        history,
        f.applications().stream().map(PatentApplication::view).toList(),
        f.openDeadlines(),
        f.costRecovery(),
        f.inventors(),
        policy.familyActions(f, LocalDate.now(clock)));
  }

  private static List<OwnershipView> current(PatentFamily f, LocalDate today, PartnerNames names) {
    Map<Long, java.math.BigDecimal> shares = f.sharesOn(today);
    LocalDate from =
        f.ownership().stream()
            .map(Ownership::effectiveFrom)
            .filter(d -> !d.isAfter(today))
            .max(Comparator.naturalOrder())
            .orElse(null);
    List<OwnershipView> list = new ArrayList<>();
    shares.forEach(
        (p, pct) -> list.add(new OwnershipView(p, names.name(p), names.nameZh(p), pct, from)));
    return list;
  }

  private static String shares(List<Share> owners) {
    StringBuilder b = new StringBuilder();
    owners.forEach(s -> b.append(s.partnerId()).append('=').append(s.percent()).append("% "));
    return b.toString().trim();
  }
}
