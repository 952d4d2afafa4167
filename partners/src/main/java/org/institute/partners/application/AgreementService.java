package org.institute.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.institute.core.AuditTrail;
import org.institute.core.ConflictException;
import org.institute.core.Documents;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Scope;
import org.institute.core.StoredDocument;
import org.institute.partners.AgreementAction;
import org.institute.partners.AgreementPage;
import org.institute.partners.AgreementQuery;
import org.institute.partners.AgreementView;
import org.institute.partners.Agreements;
import org.institute.partners.NewAgreement;
import org.institute.partners.domain.Agreement;
import org.institute.partners.domain.AgreementRepository;

@ApplicationScoped
@Transactional
class AgreementService implements Agreements {

  private static final String ENTITY = "Agreement";

  @Inject private AgreementRepository agreements;
  @Inject private AgreementRules rules;
  @Inject private AgreementViews views;
  @Inject private PartnersPolicy policy;
  @Inject private Documents documents;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Override
  public AgreementPage search(AgreementQuery query, int firstResult, int maxResults) {
    policy.requireSignedIn("reading agreements");
    LocalDate today = LocalDate.now(clock);
    Scope scope = policy.confidentialAgreementsScope();
    List<Agreement> page = agreements.search(query, scope, today, firstResult, maxResults);
    return new AgreementPage(views.of(page, today, false), agreements.count(query, scope, today));
  }

  @Override
  // in a transaction: reading one agreement touches its lazily loaded parties
  @Transactional(Transactional.TxType.REQUIRED)
  public Optional<AgreementView> find(long id) {
    policy.requireSignedIn("reading agreements");
    return agreements.find(id).filter(policy::maySee).map(a -> views.one(a, LocalDate.now(clock)));
  }

  @Override
  public AgreementView record(NewAgreement a) {
    return views.one(recorded(a), LocalDate.now(clock));
  }

  @Override
  public AgreementView record(NewAgreement a, SignedCopy signedCopy) {
    Agreement agreement = recorded(a);
    if (signedCopy != null) {
      attach(agreement, signedCopy.fileName(), signedCopy.content());
    }
    return views.one(agreement, LocalDate.now(clock));
  }

  private Agreement recorded(NewAgreement a) {
    policy.requireMayRecordAgreement();
    rules.check(a, LocalDate.now(clock));
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
    return agreement;
  }

  @Override
  public AgreementView attachSignedCopy(long id, Long version, String fileName, byte[] content) {
    policy.requireMayChangeAgreement(AgreementAction.UPLOAD_SIGNED_COPY);
    Agreement agreement =
        agreements.find(id).orElseThrow(() -> new RecordNotFoundException("agreement"));
    ConflictException.requireVersion(version, agreement.version());
    attach(agreement, fileName, content);
    return views.one(agreement, LocalDate.now(clock));
  }

  private void attach(Agreement agreement, String fileName, byte[] content) {
    StoredDocument stored = documents.storePdf("file", fileName, content);
    agreement.attachSignedCopy(stored.id());
    agreements.flush();
    audit.record(
        "AGREEMENT_SIGNED_COPY",
        ENTITY,
        agreement.id().toString(),
        "signed copy "
            + stored.fileName()
            + " (document "
            + stored.id()
            + ", sha256 "
            + stored.sha256()
            + ")");
  }

  @Override
  public AgreementView terminate(long id, Long version, LocalDate on) {
    policy.requireMayChangeAgreement(AgreementAction.TERMINATE);
    Agreement agreement =
        agreements.find(id).orElseThrow(() -> new RecordNotFoundException("agreement"));
    ConflictException.requireVersion(version, agreement.version());
    if (on == null) {
      throw InvalidCommandException.of("terminatedOn", "agreement.terminatedOn.required");
    }
    agreement.terminate(on);
    agreements.flush();
    audit.record("AGREEMENT_TERMINATED", ENTITY, Long.toString(id), "terminated on " + on);
    return views.one(agreement, LocalDate.now(clock));
  }

  @Override
  // in a transaction: reading one agreement touches its lazily loaded parties
  @Transactional(Transactional.TxType.REQUIRED)
  public Optional<SignedCopy> signedCopy(long id) {
    policy.requireSignedIn("reading agreements");
    return agreements
        .find(id)
        .filter(policy::maySee)
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

  private static List<Long> sortedIds(Collection<PartnerId> ids) {
    return ids.stream().map(PartnerId::value).sorted().toList();
  }
}
