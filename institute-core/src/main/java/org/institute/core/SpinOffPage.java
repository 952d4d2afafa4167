package org.institute.core;

import java.util.List;

/** A page of spin-offs with the total that matches the query. */
public record SpinOffPage(List<SpinOffView> spinOffs, long total) {
  public SpinOffPage {
    spinOffs = List.copyOf(spinOffs);
  }
}
