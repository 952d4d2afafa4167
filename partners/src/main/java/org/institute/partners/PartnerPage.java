package org.institute.partners;

import java.io.Serializable;
import java.util.List;

/** A page of the partner directory with the total that matches the query. */
public record PartnerPage(List<PartnerSummary> partners, long total) implements Serializable {
  public PartnerPage {
    partners = List.copyOf(partners);
  }
}
