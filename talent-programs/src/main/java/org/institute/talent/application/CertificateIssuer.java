package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.institute.core.AuditTrail;
import org.institute.core.Documents;
import org.institute.core.PdfSeal;
import org.institute.core.PublicLinks;
import org.institute.core.StoredDocument;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.talent.CertificateIssued;
import org.institute.talent.CertificateView;
import org.institute.talent.domain.Certificate;
import org.institute.talent.domain.CertificateContent;
import org.institute.talent.domain.CertificateRenderer;
import org.institute.talent.domain.CertificateRepository;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.Enrolment;
import org.institute.talent.domain.OpenBadgeCredential;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.Programme;
import org.institute.talent.domain.SessionRepository;
import org.institute.talent.domain.VerificationCode;

/**
 * Issues the certificate of a completed enrolment: code, record, PDF, signed credential, audit
 * entry, and the event {@link CertificateIssued}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class CertificateIssuer {

  /** Certificates are dated in Singapore time, where NTU issues them. */
  static final ZoneId ISSUING_ZONE = ZoneId.of("Asia/Singapore");

  private final SecureRandom random = new SecureRandom();

  @Inject private CertificateRepository certificates;
  @Inject private CertificateRenderer renderer;
  @Inject private Documents documents;
  @Inject private PartnerDirectory partners;
  @Inject private AuditTrail audit;
  @Inject private Event<CertificateIssued> issued;
  @Inject private Clock clock;
  @Inject private SessionRepository sessions;
  @Inject private CredentialIssuer credentials;
  @Inject private PdfSeal seal;

  /** The verification link of the QR code and the holder's mail. */
  @Inject private PublicLinks publicLinks;

  CertificateView issue(
      Enrolment enrolment, Participant holder, Programme programme, Cohort cohort) {
    String code;
    do {
      code = VerificationCode.generate(random);
    } while (certificates.codeTaken(code));
    LocalDate today = LocalDate.now(clock.withZone(ISSUING_ZONE));
    Certificate certificate =
        new Certificate(code, enrolment, holder, programme, today, clock.instant());
    certificates.add(certificate);
    List<PartnerSummary> issuers =
        programme.owners().stream()
            .map(partners::find)
            .flatMap(java.util.Optional::stream)
            .sorted(Comparator.comparing(PartnerSummary::code))
            .toList();
    // the credential first, so that the PDF carries it
    String credential =
        credentials.issue(certificate, holder, programme, cohort, sessions.ofCohort(cohort.id()));
    byte[] printed =
        renderer.render(
            new CertificateContent(
                holder.nameLatin(),
                holder.nameZh(),
                programme.titleEn(),
                programme.titleZh(),
                cohort.name(),
                cohort.names().zh(),
                cohort.startsOn(),
                cohort.endsOn(),
                issuers.stream().map(PartnerSummary::nameEn).toList(),
                issuers.stream().map(p -> p.nameZh() == null ? p.nameEn() : p.nameZh()).toList(),
                today,
                code,
                verificationUrl(code)));
    byte[] pdf =
        seal.seal(
            printed,
            "Certificate " + code + " / 证书 " + code,
            List.of(
                new PdfSeal.Attachment(
                    "certificate-" + code + ".jwt",
                    "application/" + OpenBadgeCredential.MEDIA_TYPE,
                    "Open Badges 3.0 credential (VC-JOSE, EdDSA)",
                    credential.getBytes(StandardCharsets.US_ASCII))));
    StoredDocument stored = documents.storePdf("certificate", "certificate-" + code + ".pdf", pdf);
    certificate.attachDocument(stored.id());
    audit.record(
        "CERTIFICATE_ISSUED",
        "Certificate",
        code,
        "enrolment " + enrolment.id() + ", " + programme.code() + ", cohort " + cohort.id());
    issued.fire(
        new CertificateIssued(
            code,
            enrolment.id(),
            cohort.id(),
            holder.id(),
            today,
            verificationUrl(code),
            publicLinks.to("/api/v1/certificates/" + code + "/credential")));
    return certificate.view(cohort.id());
  }

  String verificationUrl(String code) {
    return publicLinks.to("/verify/" + code);
  }
}
