package org.institute.core;

import java.io.Serializable;
import java.util.List;

/** A page of audit entries, newest first, with the total that matches the query. */
public record AuditPage(List<AuditEntryView> entries, long total) implements Serializable {
  public AuditPage {
    entries = List.copyOf(entries);
  }
}
