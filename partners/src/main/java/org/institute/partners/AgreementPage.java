package org.institute.partners;

import java.util.List;

public record AgreementPage(List<AgreementView> agreements, long total) {
  public AgreementPage {
    agreements = List.copyOf(agreements);
  }
}
