package org.institute.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.institute.core.PartnerId;
import org.institute.records.Investigator;

/** A principal investigator as a research project holds one: a name and a partner id. */
@Embeddable
public class ProjectInvestigator {

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "partner_id", nullable = false)
  private long partner;

  protected ProjectInvestigator() {}

  ProjectInvestigator(Investigator investigator) {
    this.name = investigator.name().trim();
    this.partner = investigator.partner().value();
  }

  Investigator view() {
    return new Investigator(name, new PartnerId(partner));
  }
}
