package org.institute.talent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.institute.core.ConflictException;
import org.institute.talent.CertificateView;
import org.institute.talent.PublicCertificate;

/**
 * A certificate of completion. It keeps the names as they were at issue, so verification shows what
 * the paper says and needs no other record.
 */
@Entity
@Table(name = "tal_certificate")
public class Certificate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(name = "enrolment_id", nullable = false)
  private long enrolmentId;

  @Column(name = "holder_latin", nullable = false, length = 200)
  private String holderLatin;

  @Column(name = "holder_zh", length = 100)
  private String holderZh;

  @Column(name = "programme_en", nullable = false, length = 300)
  private String programmeEn;

  @Column(name = "programme_zh", length = 300)
  private String programmeZh;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "document_id")
  private Long documentId;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoke_reason", length = 1000)
  private String revokeReason;

  @Version private long version;

  protected Certificate() {}

  public Certificate(
      String code,
      Enrolment enrolment,
      Participant holder,
      Programme programme,
      LocalDate issuedOn,
      Instant now) {
    this.code = code;
    this.enrolmentId = enrolment.id();
    this.holderLatin = holder.nameLatin();
    this.holderZh = holder.nameZh();
    this.programmeEn = programme.titleEn();
    this.programmeZh = programme.titleZh();
    this.issuedOn = issuedOn;
    this.issuedAt = now;
  }

  public void attachDocument(long documentId) {
    this.documentId = documentId;
  }

  public void revoke(String reason, Instant now) {
    if (revokedAt != null) {
      throw new ConflictException("certificate.alreadyRevoked");
    }
    this.revokedAt = now;
    this.revokeReason = reason.trim();
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public PublicCertificate publicView() {
    return new PublicCertificate(
        code,
        isRevoked() ? PublicCertificate.REVOKED : PublicCertificate.VALID,
        holderLatin,
        holderZh,
        programmeEn,
        programmeZh,
        issuedOn);
  }

  public CertificateView view(long cohortId) {
    return new CertificateView(
        code,
        enrolmentId,
        cohortId,
        holderLatin,
        holderZh,
        programmeEn,
        programmeZh,
        issuedOn,
        isRevoked(),
        revokedAt,
        revokeReason);
  }

  public String code() {
    return code;
  }

  public long enrolmentId() {
    return enrolmentId;
  }

  public Long documentId() {
    return documentId;
  }

  public String holderLatin() {
    return holderLatin;
  }

  public String holderZh() {
    return holderZh;
  }

  public String programmeEn() {
    return programmeEn;
  }

  public String programmeZh() {
    return programmeZh;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }
}
