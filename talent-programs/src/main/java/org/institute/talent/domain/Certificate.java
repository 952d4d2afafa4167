package org.institute.talent.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
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

  @Column(name = "status_list")
  private Integer statusList;

  @Column(name = "status_index")
  private Integer statusIndex;

  @Column(name = "recipient_salt", length = 32)
  private String recipientSalt;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] credential;

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

  /**
   * Keeps the signed credential with its place in the status lists and the salt of its hashed
   * e-mail address; once signed, a certificate's credential never changes.
   */
  public void attachCredential(String signed, StatusSlot slot, String salt) {
    if (credential != null) {
      throw new IllegalStateException("certificate " + code + " already has its credential");
    }
    this.statusList = slot.list();
    this.statusIndex = slot.index();
    this.recipientSalt = salt;
    this.credential = signed.getBytes(StandardCharsets.UTF_8);
  }

  /** The signed credential (a compact JWS), once made. */
  public Optional<String> credential() {
    return credential == null
        ? Optional.empty()
        : Optional.of(new String(credential, StandardCharsets.UTF_8));
  }

  public Optional<StatusSlot> statusSlot() {
    return statusList == null
        ? Optional.empty()
        : Optional.of(new StatusSlot(statusList, statusIndex));
  }

  public Instant issuedAt() {
    return issuedAt;
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

  public Long id() {
    return id;
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
