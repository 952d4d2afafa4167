package org.institute.licensing;

import java.io.Serializable;
import java.util.Map;

/**
 * The portal's deal pipeline in one read: how many deals of the caller's scope are in each state
 * (states without deals are absent) and a page of the list by position.
 */
public record DealPipeline(Map<DealState, Long> counts, DealPage page) implements Serializable {

  public DealPipeline {
    counts = Map.copyOf(counts);
  }
}
