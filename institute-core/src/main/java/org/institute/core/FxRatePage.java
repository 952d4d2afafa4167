package org.institute.core;

import java.util.List;

public record FxRatePage(List<FxRateView> rates, long total) {
  public FxRatePage {
    rates = List.copyOf(rates);
  }
}
