package org.institute.partners.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.partners.AgreementStatus;
import org.institute.partners.NewAgreement;

/** A cooperation agreement between two or more partners; parties are held by id. */
@Entity
@Table(name = "ptn_agreement")
public class Agreement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "title_zh", length = 300)
  private String titleZh;

  @Column(name = "signed_on", nullable = false)
  private LocalDate signedOn;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Column(name = "terminated_on")
  private LocalDate terminatedOn;

  @Column(nullable = false)
  private boolean confidential;

  @Column(length = 2000)
  private String summary;

  @Column(name = "document_id")
  private Long documentId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "ptn_agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
  @Column(name = "partner_id", nullable = false)
  private Set<Long> parties = new HashSet<>();

  protected Agreement() {}

  public Agreement(NewAgreement a, Instant now) {
    this.title = a.title().trim();
    this.titleZh = a.titleZh() == null || a.titleZh().isBlank() ? null : a.titleZh().trim();
    this.signedOn = a.signedOn();
    this.effectiveFrom = a.effectiveFrom() == null ? a.signedOn() : a.effectiveFrom();
    this.expiresOn = a.expiresOn();
    this.confidential = a.confidential();
    this.summary = a.summary() == null || a.summary().isBlank() ? null : a.summary().trim();
    a.parties().forEach(p -> parties.add(p.value()));
    this.createdAt = now;
  }

  public AgreementStatus statusOn(LocalDate today) {
    if (terminatedOn != null && !terminatedOn.isAfter(today)) {
      return AgreementStatus.TERMINATED;
    }
    if (expiresOn != null && expiresOn.isBefore(today)) {
      return AgreementStatus.EXPIRED;
    }
    return effectiveFrom.isAfter(today) ? AgreementStatus.PENDING : AgreementStatus.IN_FORCE;
  }

  public void attachSignedCopy(long document) {
    this.documentId = document;
  }

  /** Ends the agreement on a date within its term; an agreement ends only once. */
  public void terminate(LocalDate on) {
    if (terminatedOn != null) {
      throw new ConflictException("agreement.alreadyTerminated");
    }
    if (on.isBefore(effectiveFrom) || (expiresOn != null && on.isAfter(expiresOn))) {
      throw InvalidCommandException.of("terminatedOn", "agreement.terminatedOn.outsideTerm");
    }
    this.terminatedOn = on;
  }

  public boolean hasParty(PartnerId partner) {
    return parties.contains(partner.value());
  }

  public Set<PartnerId> parties() {
    return parties.stream().map(PartnerId::new).collect(Collectors.toSet());
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String titleZh() {
    return titleZh;
  }

  public LocalDate signedOn() {
    return signedOn;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public LocalDate terminatedOn() {
    return terminatedOn;
  }

  public boolean confidential() {
    return confidential;
  }

  public String summary() {
    return summary;
  }

  public Long documentId() {
    return documentId;
  }

  public long version() {
    return version;
  }
}
