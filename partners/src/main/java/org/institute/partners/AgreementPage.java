package org.institute.partners;

import java.io.Serializable;
import java.util.List;

public record AgreementPage(List<AgreementView> agreements, long total) implements Serializable {
  public AgreementPage {
    agreements = List.copyOf(agreements);
  }
}
