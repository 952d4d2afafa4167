package org.institute.records;

import java.io.Serializable;
import org.institute.core.PartnerId;

/**
 * A principal investigator of a research project, the partner they come from and, when known, their
 * ORCID iD (normal form {@code 0000-0002-1825-0097}).
 */
public record Investigator(String name, PartnerId partner, String orcid) implements Serializable {

  /** An investigator without an ORCID iD. */
  public Investigator(String name, PartnerId partner) {
    this(name, partner, null);
  }
}
