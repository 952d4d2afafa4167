package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.institute.licensing.Inventor;

/** An inventor as the disclosure stores it. */
@Embeddable
public class InventorEntry {

  @Column(name = "inventor_name", nullable = false, length = 200)
  private String name;

  @Column(name = "partner_id", nullable = false)
  private long partnerId;

  @Column(name = "contribution", nullable = false, precision = 7, scale = 4)
  private BigDecimal contribution;

  @Column(name = "orcid", length = 19)
  private String orcid;

  protected InventorEntry() {}

  InventorEntry(Inventor inventor) {
    this.name = inventor.name().trim();
    this.partnerId = inventor.partnerId();
    this.contribution = inventor.contribution();
    // the normal form, once DisclosureRules found it valid
    this.orcid = org.institute.core.Orcid.parse(inventor.orcid()).map(o -> o.value()).orElse(null);
  }

  public Inventor inventor() {
    return new Inventor(name, partnerId, contribution, orcid);
  }
}
