package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.CredentialSigning;
import org.institute.core.Documents;
import org.institute.core.InvalidCommandException;
import org.institute.core.ListSort;
import org.institute.core.PageRequest;
import org.institute.core.RecordNotFoundException;
import org.institute.core.SearchText;
import org.institute.core.SignatureCheck;
import org.institute.core.Slice;
import org.institute.talent.CertificateRevoked;
import org.institute.talent.CertificateView;
import org.institute.talent.Certificates;
import org.institute.talent.CredentialCheck;
import org.institute.talent.CredentialFields;
import org.institute.talent.Page;
import org.institute.talent.PublicCertificate;
import org.institute.talent.domain.Certificate;
import org.institute.talent.domain.CertificateRepository;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.CohortRepository;
import org.institute.talent.domain.CredentialEnvelope;
import org.institute.talent.domain.CredentialReading;
import org.institute.talent.domain.Enrolment;
import org.institute.talent.domain.EnrolmentRepository;
import org.institute.talent.domain.OpenBadgeCredential;
import org.institute.talent.domain.ParticipantRepository;
import org.institute.talent.domain.ProgrammeRepository;
import org.institute.talent.domain.SessionRepository;
import org.institute.talent.domain.StatusListCredential;
import org.institute.talent.domain.VerificationCode;

@ApplicationScoped
@Transactional
class CertificateService implements Certificates {

  @Inject private CertificateRepository certificates;
  @Inject private Documents documents;
  @Inject private TalentPolicy policy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private Event<CertificateRevoked> revoked;
  @Inject private Caller caller;
  @Inject private CredentialIssuer issuer;
  @Inject private CredentialSigning signing;
  @Inject private EnrolmentRepository enrolments;
  @Inject private ParticipantRepository participants;
  @Inject private CohortRepository cohorts;
  @Inject private ProgrammeRepository programmes;
  @Inject private SessionRepository sessions;

  @Override
  public Optional<PublicCertificate> verify(String code) {
    String normal = VerificationCode.normal(code);
    if (!VerificationCode.wellFormed(normal)) {
      return Optional.empty();
    }
    return certificates.findByCode(normal).map(Certificate::publicView);
  }

  @Override
  public Page<CertificateView> list(String text, String sort, int offset, int limit) {
    policy.requirePeopleReader();
    ListSort order = CertificateRepository.order(sort);
    SearchText search = SearchText.of(text).orElse(null);
    CertificateRepository.Found found = certificates.search(search, order, offset, limit);
    return new Page<>(
        found.rows().stream().map(r -> r.certificate().view(r.cohortId())).toList(), found.total());
  }

  @Override
  public Slice<CertificateView> slice(String text, String sort, PageRequest page) {
    policy.requirePeopleReader();
    ListSort order = CertificateRepository.order(sort);
    SearchText search = SearchText.of(text).orElse(null);
    return certificates.slice(search, order, page).map(r -> r.certificate().view(r.cohortId()));
  }

  @Override
  public Page<CertificateView> search(String text, String sort, int offset, int limit) {
    policy.requirePeopleReader();
    ListSort order = ListSort.parse(sort, SEARCH_SORTS, DEFAULT_SORT);
    SearchText search = SearchText.of(text).orElse(null);
    CertificateRepository.Found found = certificates.search(search, order, offset, limit);
    return new Page<>(
        found.rows().stream().map(r -> r.certificate().view(r.cohortId())).toList(), found.total());
  }

  @Override
  public Optional<byte[]> pdf(String code) {
    return certificates
        .findByCode(VerificationCode.normal(code))
        .filter(c -> policy.mayReadPdf(c.isRevoked()))
        .map(Certificate::documentId)
        .flatMap(documents::content);
  }

  @Override
  public CertificateView revoke(String code, String reason) {
    policy.requireWriter("revoking a certificate");
    if (reason == null || reason.isBlank()) {
      throw InvalidCommandException.of("reason", "certificate.reason.required");
    }
    if (reason.length() > 1000) {
      throw InvalidCommandException.of("reason", "field.tooLong");
    }
    CertificateRepository.Row row =
        certificates
            .row(VerificationCode.normal(code))
            .orElseThrow(() -> new RecordNotFoundException("certificate"));
    row.certificate().revoke(reason, clock.instant());
    audit.record("CERTIFICATE_REVOKED", "Certificate", row.certificate().code(), reason.trim());
    revoked.fire(
        new CertificateRevoked(
            row.certificate().code(),
            row.cohortId(),
            reason.trim(),
            caller.name(),
            clock.instant()));
    return row.certificate().view(row.cohortId());
  }

  @Override
  public Optional<String> credential(String code) {
    String normal = VerificationCode.normal(code);
    if (!VerificationCode.wellFormed(normal)) {
      return Optional.empty();
    }
    return certificates.findByCode(normal).map(this::credentialOf);
  }

  private String credentialOf(Certificate certificate) {
    return certificate
        .credential()
        .orElseGet(
            () -> {
              Enrolment enrolment = enrolments.find(certificate.enrolmentId()).orElseThrow();
              Cohort cohort = cohorts.find(enrolment.cohortId()).orElseThrow();
              String signed =
                  issuer.issue(
                      certificate,
                      participants.find(enrolment.participantId()).orElseThrow(),
                      programmes.find(cohort.programmeId()).orElseThrow(),
                      cohort,
                      sessions.ofCohort(cohort.id()));
              audit.record(
                  "CREDENTIAL_ISSUED",
                  "Certificate",
                  certificate.code(),
                  "signed credential of a certificate issued before credentials existed");
              return signed;
            });
  }

  @Override
  public Optional<String> statusList(int list) {
    if (list < 1 || list > Math.max(1, certificates.lastStatusList())) {
      return Optional.empty();
    }
    String url = issuer.statusListUrl(list);
    return Optional.of(
        signing.sign(
            OpenBadgeCredential.MEDIA_TYPE,
            StatusListCredential.json(
                url, issuer.issuer(), clock.instant(), certificates.revokedIndexes(list))));
  }

  @Override
  public String issuerProfile() {
    return issuer.issuer().document();
  }

  @Override
  public CredentialCheck check(String credential) {
    SignatureCheck signature = signing.verify(CredentialEnvelope.compactJws(credential));
    Optional<CredentialFields> fields = CredentialReading.read(signature.payloadJson());
    if (fields.isEmpty()) {
      return new CredentialCheck(
          false,
          signature.keyId(),
          CredentialCheck.UNKNOWN,
          signature.valid() ? "credential.check.malformed" : signature.problem(),
          null);
    }
    String status = status(fields.get());
    String problem = signature.problem();
    if (problem == null && !issuer.issuer().id().equals(fields.get().issuerId())) {
      problem = "credential.check.issuer";
    } else if (problem == null && CredentialEnvelope.expired(fields.get(), clock.instant())) {
      problem = "credential.check.expired";
    }
    return new CredentialCheck(signature.valid(), signature.keyId(), status, problem, fields.get());
  }

  /** Revoked when the bit of one of this institute's lists is set; unknown for other lists. */
  private String status(CredentialFields fields) {
    String url = fields.statusListCredential();
    String prefix = issuer.statusListUrl(0).replaceAll("0$", "");
    if (url == null || !url.startsWith(prefix) || fields.statusListIndex() == null) {
      return CredentialCheck.UNKNOWN;
    }
    try {
      int list = Integer.parseInt(url.substring(prefix.length()));
      int index = Integer.parseInt(fields.statusListIndex());
      if (list < 1 || list > certificates.lastStatusList()) {
        return CredentialCheck.UNKNOWN;
      }
      return certificates.revokedIndexes(list).contains(index)
          ? CredentialCheck.REVOKED
          : CredentialCheck.VALID;
    } catch (NumberFormatException e) {
      return CredentialCheck.UNKNOWN;
    }
  }
}
