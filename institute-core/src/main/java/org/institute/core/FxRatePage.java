package org.institute.core;

import java.io.Serializable;
import java.util.List;

public record FxRatePage(List<FxRateView> rates, long total) implements Serializable {
  public FxRatePage {
    rates = List.copyOf(rates);
  }
}
