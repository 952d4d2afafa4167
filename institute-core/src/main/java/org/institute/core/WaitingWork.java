package org.institute.core;

import java.io.Serializable;
import java.util.List;

/**
 * What waits for the signed-in caller in one module: deals to approve, disclosures to review,
 * obligations falling due. Implemented as a CDI bean by each module that has such work, asked
 * through its own policy; the home page finds every bean of this type and lists the items with
 * their counts and a link, so no page decides who has what to do.
 */
public interface WaitingWork {

  /** The caller's waiting items of this module; only those with something waiting. */
  List<Item> forCaller();

  /**
   * One kind of waiting work: a message key naming it (with the count as its parameter), how many,
   * and the portal page where it is done.
   */
  record Item(String messageKey, long count, String page) implements Serializable {
    public Item {
      if (count < 1) {
        throw new IllegalArgumentException("an item waits only with a count of at least one");
      }
    }
  }
}
