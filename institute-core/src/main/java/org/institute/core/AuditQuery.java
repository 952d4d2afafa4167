package org.institute.core;

import java.io.Serializable;
import java.time.LocalDate;

/** Filters for the audit trail; a null field does not filter. Dates are inclusive, in UTC. */
public record AuditQuery(
    String actor, String entityType, String entityId, LocalDate from, LocalDate to)
    implements Serializable {

  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null);
  }
}
