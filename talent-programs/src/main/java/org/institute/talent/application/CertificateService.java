package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.institute.core.AuditTrail;
import org.institute.core.Documents;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.talent.CertificateView;
import org.institute.talent.Certificates;
import org.institute.talent.Page;
import org.institute.talent.PublicCertificate;
import org.institute.talent.domain.Certificate;
import org.institute.talent.domain.CertificateRepository;
import org.institute.talent.domain.VerificationCode;

@ApplicationScoped
@Transactional
class CertificateService implements Certificates {

  @Inject private CertificateRepository certificates;
  @Inject private Documents documents;
  @Inject private TalentPolicy policy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Override
  public Optional<PublicCertificate> verify(String code) {
    String normal = VerificationCode.normal(code);
    if (!VerificationCode.wellFormed(normal)) {
      return Optional.empty();
    }
    return certificates.findByCode(normal).map(Certificate::publicView);
  }

  @Override
  public Page<CertificateView> list(String sort, int offset, int limit) {
    policy.requirePeopleReader();
    return new Page<>(
        certificates.list(sort, offset, limit).stream()
            .map(r -> r.certificate().view(r.cohortId()))
            .toList(),
        certificates.count());
  }

  @Override
  public Optional<byte[]> pdf(String code) {
    policy.requirePeopleReader();
    return certificates
        .findByCode(VerificationCode.normal(code))
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
    return row.certificate().view(row.cohortId());
  }
}
