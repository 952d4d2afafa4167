package org.institute.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * The verdict of verifying an audit hash chain: intact, or the first link at which it breaks and
 * why.
 *
 * @param linksChecked links examined, including the broken one
 * @param firstBrokenSequence sequence of the first broken link, null when intact
 * @param problem plain-English reason, null when intact
 */
public record ChainCheck(
    boolean intact, long linksChecked, Long firstBrokenSequence, String problem)
    implements Serializable {

  public ChainCheck {
    if (intact && (firstBrokenSequence != null || problem != null)) {
      throw new IllegalArgumentException("An intact chain has no broken link or problem");
    }
    if (!intact) {
      Objects.requireNonNull(firstBrokenSequence, "a broken chain needs the broken sequence");
      Objects.requireNonNull(problem, "a broken chain needs a problem description");
    }
  }

  public static ChainCheck intact(long checked) {
    return new ChainCheck(true, checked, null, null);
  }

  public static ChainCheck broken(long checked, long sequence, String problem) {
    return new ChainCheck(false, checked, sequence, problem);
  }
}
