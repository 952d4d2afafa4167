package org.institute.core;

import java.util.List;

/** A page of audit entries, newest first, with the total that matches the query. */
public record AuditPage(List<AuditEntryView> entries, long total) {
  public AuditPage {
    entries = List.copyOf(entries);
  }
}
