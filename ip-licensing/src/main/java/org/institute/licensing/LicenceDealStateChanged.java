package org.institute.licensing;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * A licence deal moved from one state to another (submitted, approved, returned, executed, ...).
 * Published (CDI event) inside the transaction of the change, for every transition; the executed
 * and terminated events follow for those two with their own details.
 */
public record LicenceDealStateChanged(
    long dealId,
    DealAction action,
    DealState fromState,
    DealState toState,
    long licenseeId,
    Set<Long> licensorIds,
    String changedBy,
    Instant changedAt)
    implements Serializable {

  public LicenceDealStateChanged {
    licensorIds = Set.copyOf(licensorIds);
  }
}
