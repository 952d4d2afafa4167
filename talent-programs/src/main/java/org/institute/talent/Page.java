package org.institute.talent;

import java.io.Serializable;
import java.util.List;

/** One page of a list and the total number of matching records. */
public record Page<T>(List<T> items, long total) implements Serializable {
  public Page {
    items = List.copyOf(items);
  }
}
