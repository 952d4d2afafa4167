package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An inventor of a disclosed invention, the partner they work for, their contribution in percent
 * and, when known, their ORCID iD (checked by {@link org.institute.core.Orcid}, stored in its
 * normal form).
 */
public record Inventor(String name, long partnerId, BigDecimal contribution, String orcid)
    implements Serializable {

  /** The ORCID iD's address at orcid.org, when the inventor has a valid one. */
  public String orcidLink() {
    return org.institute.core.Orcid.parse(orcid).map(org.institute.core.Orcid::link).orElse(null);
  }
}
