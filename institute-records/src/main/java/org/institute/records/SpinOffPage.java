package org.institute.records;

import java.io.Serializable;
import java.util.List;

/** A page of spin-offs with the total that matches the query. */
public record SpinOffPage(List<SpinOffView> spinOffs, long total) implements Serializable {
  public SpinOffPage {
    spinOffs = List.copyOf(spinOffs);
  }
}
