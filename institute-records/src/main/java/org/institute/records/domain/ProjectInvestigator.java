package org.institute.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.institute.core.Orcid;
import org.institute.core.PartnerId;
import org.institute.records.Investigator;

/**
 * A principal investigator as a research project holds one: a name, a partner id and an ORCID iD in
 * normal form (or none).
 */
@Embeddable
public class ProjectInvestigator {

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "partner_id", nullable = false)
  private long partner;

  @Column(name = "orcid", length = 19)
  private String orcid;

  protected ProjectInvestigator() {}

  ProjectInvestigator(Investigator investigator) {
    this.name = investigator.name().trim();
    this.partner = investigator.partner().value();
    this.orcid = Orcid.parse(investigator.orcid()).map(Orcid::value).orElse(null);
  }

  Investigator view() {
    return new Investigator(name, new PartnerId(partner), orcid);
  }
}
