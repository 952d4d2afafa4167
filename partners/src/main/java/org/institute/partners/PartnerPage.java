package org.institute.partners;

import java.util.List;

/** A page of the partner directory with the total that matches the query. */
public record PartnerPage(List<PartnerSummary> partners, long total) {
  public PartnerPage {
    partners = List.copyOf(partners);
  }
}
