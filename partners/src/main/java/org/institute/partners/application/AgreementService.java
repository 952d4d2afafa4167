package org.institute.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.institute.core.AccessRefusedException;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.Documents;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.core.StoredDocument;
import org.institute.core.Violation;
import org.institute.partners.AgreementPage;
import org.institute.partners.AgreementQuery;
import org.institute.partners.AgreementView;
import org.institute.partners.Agreements;
import org.institute.partners.NewAgreement;
import org.institute.partners.PartnerName;
import org.institute.partners.domain.Agreement;
import org.institute.partners.domain.AgreementRepository;
import org.institute.partners.domain.Partner;
import org.institute.partners.domain.PartnerRepository;

@ApplicationScoped
@Transactional
class AgreementService implements Agreements {

  private static final String ENTITY = "Agreement";

  @Inject private AgreementRepository agreements;
  @Inject private PartnerRepository partners;
  @Inject private Documents documents;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;
  @Inject private Clock clock;

  @Override
  public AgreementPage search(AgreementQuery query, int firstResult, int maxResults) {
    requireSignedIn();
    LocalDate today = LocalDate.now(clock);
    PartnerId viewer = seesAll() ? null : caller.partner().orElse(null);
    boolean hideConfidential = !seesAll() && viewer == null;
    List<Agreement> page =
        agreements.search(query, viewer, hideConfidential, today, firstResult, maxResults);
    return new AgreementPage(
        views(page, today, false), agreements.count(query, viewer, hideConfidential, today));
  }

  @Override
  // in a transaction: reading one agreement touches its lazily loaded parties
  @Transactional(Transactional.TxType.REQUIRED)
  public Optional<AgreementView> find(long id) {
    requireSignedIn();
    return agreements
        .find(id)
        .filter(this::visible)
        .map(a -> views(List.of(a), LocalDate.now(clock), true).get(0));
  }

  @Override
  public AgreementView record(NewAgreement a) {
    requireAdmin("recording an agreement");
    List<Violation> problems = new ArrayList<>();
    if (a.title() == null || a.title().isBlank()) {
      problems.add(new Violation("title", "agreement.title.required"));
    } else if (a.title().length() > 300) {
      problems.add(new Violation("title", "field.tooLong"));
    }
    if (a.titleZh() != null && a.titleZh().length() > 300) {
      problems.add(new Violation("titleZh", "field.tooLong"));
    }
    if (a.summary() != null && a.summary().length() > 2000) {
      problems.add(new Violation("summary", "field.tooLong"));
    }
    if (a.parties().size() < 2) {
      problems.add(new Violation("parties", "agreement.parties.atLeastTwo"));
    } else if (a.parties().size() > 20) {
      problems.add(new Violation("parties", "agreement.parties.tooMany"));
    } else {
      Set<Long> known =
          partners.withNames(ids(a.parties())).stream()
              .map(p -> p.id().orElseThrow())
              .collect(Collectors.toSet());
      if (!known.containsAll(ids(a.parties()))) {
        problems.add(new Violation("parties", "partner.unknown"));
      }
    }
    LocalDate today = LocalDate.now(clock);
    if (a.signedOn() == null) {
      problems.add(new Violation("signedOn", "agreement.signedOn.required"));
    } else if (a.signedOn().getYear() < 1990 || a.signedOn().isAfter(today)) {
      problems.add(new Violation("signedOn", "agreement.signedOn.outOfRange"));
    } else {
      LocalDate from = a.effectiveFrom() == null ? a.signedOn() : a.effectiveFrom();
      if (from.getYear() < 1990 || from.getYear() > 2200) {
        problems.add(new Violation("effectiveFrom", "date.outOfRange"));
      }
      if (a.expiresOn() != null && !a.expiresOn().isAfter(from)) {
        problems.add(new Violation("expiresOn", "agreement.expiresOn.beforeStart"));
      } else if (a.expiresOn() != null && a.expiresOn().getYear() > 2200) {
        problems.add(new Violation("expiresOn", "date.outOfRange"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    Agreement agreement = new Agreement(a, clock.instant());
    agreements.add(agreement);
    agreements.flush();
    audit.record(
        "AGREEMENT_RECORDED",
        ENTITY,
        agreement.id().toString(),
        agreement.title()
            + ", signed "
            + a.signedOn()
            + ", parties "
            + sortedIds(a.parties())
            + (a.confidential() ? ", confidential" : ""));
    return views(List.of(agreement), today, true).get(0);
  }

  @Override
  public AgreementView attachSignedCopy(long id, Long version, String fileName, byte[] content) {
    requireAdmin("attaching a signed copy");
    Agreement agreement =
        agreements.find(id).orElseThrow(() -> new RecordNotFoundException("agreement"));
    ConflictException.requireVersion(version, agreement.version());
    StoredDocument stored = documents.storePdf("file", fileName, content);
    agreement.attachSignedCopy(stored.id());
    agreements.flush();
    audit.record(
        "AGREEMENT_SIGNED_COPY",
        ENTITY,
        Long.toString(id),
        "signed copy "
            + stored.fileName()
            + " (document "
            + stored.id()
            + ", sha256 "
            + stored.sha256()
            + ")");
    return views(List.of(agreement), LocalDate.now(clock), true).get(0);
  }

  @Override
  public AgreementView terminate(long id, Long version, LocalDate on) {
    requireAdmin("terminating an agreement");
    Agreement agreement =
        agreements.find(id).orElseThrow(() -> new RecordNotFoundException("agreement"));
    ConflictException.requireVersion(version, agreement.version());
    if (on == null) {
      throw InvalidCommandException.of("terminatedOn", "agreement.terminatedOn.required");
    }
    agreement.terminate(on);
    agreements.flush();
    audit.record("AGREEMENT_TERMINATED", ENTITY, Long.toString(id), "terminated on " + on);
    return views(List.of(agreement), LocalDate.now(clock), true).get(0);
  }

  @Override
  // in a transaction: reading one agreement touches its lazily loaded parties
  @Transactional(Transactional.TxType.REQUIRED)
  public Optional<SignedCopy> signedCopy(long id) {
    requireSignedIn();
    return agreements
        .find(id)
        .filter(this::visible)
        .filter(a -> a.documentId() != null)
        .flatMap(
            a ->
                documents
                    .find(a.documentId())
                    .flatMap(
                        d ->
                            documents
                                .content(d.id())
                                .map(bytes -> new SignedCopy(d.fileName(), bytes))));
  }

  /** The institute (admins, council, auditors) sees every agreement. */
  private boolean seesAll() {
    return caller.hasRole(Role.ADMIN)
        || caller.hasRole(Role.COUNCIL)
        || caller.hasRole(Role.AUDITOR);
  }

  private boolean visible(Agreement a) {
    if (!a.confidential() || seesAll()) {
      return true;
    }
    return caller.hasRole(Role.PARTNER_STAFF) && caller.partner().map(a::hasParty).orElse(false);
  }

  private List<AgreementView> views(List<Agreement> page, LocalDate today, boolean withDocument) {
    Set<Long> partyIds = new HashSet<>();
    page.forEach(a -> partyIds.addAll(ids(a.parties())));
    Map<Long, Partner> byId =
        partners.withNames(partyIds).stream()
            .collect(Collectors.toMap(p -> p.id().orElseThrow(), Function.identity(), (x, y) -> x));
    List<AgreementView> views = new ArrayList<>(page.size());
    for (Agreement a : page) {
      List<AgreementView.Party> parties =
          a.parties().stream()
              .map(id -> byId.get(id.value()))
              .filter(java.util.Objects::nonNull)
              .sorted(java.util.Comparator.comparing(Partner::code))
              .map(
                  p -> {
                    PartnerName then = p.nameOn(a.signedOn());
                    return new AgreementView.Party(
                        new PartnerId(p.id().orElseThrow()),
                        p.code(),
                        then.nameEn(),
                        then.nameZh(),
                        p.summary().nameEn(),
                        p.summary().nameZh());
                  })
              .toList();
      StoredDocument copy =
          !withDocument || a.documentId() == null
              ? null
              : documents.find(a.documentId()).orElse(null);
      views.add(
          new AgreementView(
              a.id(),
              a.title(),
              a.titleZh(),
              parties,
              a.signedOn(),
              a.effectiveFrom(),
              a.expiresOn(),
              a.terminatedOn(),
              a.statusOn(today),
              a.confidential(),
              a.summary(),
              a.documentId() != null,
              copy,
              a.version()));
    }
    return views;
  }

  private static Set<Long> ids(Collection<PartnerId> ids) {
    return ids.stream().map(PartnerId::value).collect(Collectors.toSet());
  }

  private static List<Long> sortedIds(Collection<PartnerId> ids) {
    return ids.stream().map(PartnerId::value).sorted().toList();
  }

  private void requireSignedIn() {
    if (!caller.isAuthenticated()) {
      throw new AccessRefusedException("reading agreements");
    }
  }

  private void requireAdmin(String what) {
    if (!caller.hasRole(Role.ADMIN)) {
      throw new AccessRefusedException(what);
    }
  }
}
