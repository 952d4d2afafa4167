package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.institute.licensing.ApplicationStatus;
import org.institute.licensing.ApplicationView;
import org.institute.licensing.Jurisdiction;

/** A family's application in one jurisdiction. */
@Entity
@Table(name = "lic_patent_application")
public class PatentApplication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "family_id", nullable = false)
  private PatentFamily family;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Jurisdiction jurisdiction;

  @Column(name = "application_number", length = 64)
  private String applicationNumber;

  @Column(name = "filing_date")
  private LocalDate filingDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ApplicationStatus status;

  @Column(name = "grant_number", length = 64)
  private String grantNumber;

  @Column(name = "publication_number", length = 64)
  private String publicationNumber;

  /** The import that added the application (IMP-...), null when typed in. */
  @Column(name = "import_ref", length = 16)
  private String importRef;

  protected PatentApplication() {}

  void imported(String publicationNumber, String importRef) {
    if (publicationNumber != null && publicationNumber.length() > 64) {
      throw org.institute.core.InvalidCommandException.of("publicationNumber", "field.tooLong");
    }
    this.publicationNumber = publicationNumber;
    this.importRef = importRef;
  }

  public String applicationNumber() {
    return applicationNumber;
  }

  public String publicationNumber() {
    return publicationNumber;
  }

  public String importRef() {
    return importRef;
  }

  PatentApplication(
      PatentFamily family,
      Jurisdiction jurisdiction,
      String number,
      LocalDate filingDate,
      ApplicationStatus status,
      String grantNumber) {
    this.family = family;
    this.jurisdiction = jurisdiction;
    this.applicationNumber = number;
    this.filingDate = filingDate;
    this.status = status;
    this.grantNumber = grantNumber;
  }

  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  public ApplicationView view() {
    return new ApplicationView(
        id,
        family.id(),
        jurisdiction,
        applicationNumber,
        filingDate,
        status,
        grantNumber,
        publicationNumber);
  }
}
