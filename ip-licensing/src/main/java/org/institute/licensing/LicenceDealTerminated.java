package org.institute.licensing;

import java.io.Serializable;
import java.util.Set;

/**
 * An executed or active licence deal was terminated before its term ended, for {@code reason}.
 * Published (CDI event) inside the transaction that terminates it.
 */
public record LicenceDealTerminated(
    long dealId, long licenseeId, Set<Long> licensorIds, String reason, String terminatedBy)
    implements Serializable {

  public LicenceDealTerminated {
    licensorIds = Set.copyOf(licensorIds);
  }
}
