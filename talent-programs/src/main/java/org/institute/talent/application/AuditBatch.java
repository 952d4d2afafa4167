package org.institute.talent.application;

import java.util.ArrayList;
import java.util.List;
import org.institute.core.AuditTrail;

/**
 * Audit entries for a bulk change: every enrolment and registration is named, with its line, in
 * entries of up to {@value #PER_ENTRY} items, so a file of 10,000 rows writes a few hundred entries
 * to the hash chain instead of 20,000 (docs/decisions/0023-bulk-enrolment.md).
 */
final class AuditBatch {
  private static final int PER_ENTRY = 60;
  private final AuditTrail audit;
  private final String action;
  private final String entityType;
  private final long entityId;
  private final List<String> items = new ArrayList<>();

  AuditBatch(AuditTrail audit, String action, String entityType, long entityId) {
    this.audit = audit;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
  }

  void add(String item) {
    items.add(item);
    if (items.size() == PER_ENTRY) {
      close();
    }
  }

  void close() {
    if (!items.isEmpty()) {
      audit.record(action, entityType, String.valueOf(entityId), String.join("; ", items));
      items.clear();
    }
  }
}
