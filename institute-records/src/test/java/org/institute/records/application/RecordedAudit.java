package org.institute.records.application;

import java.util.ArrayList;
import java.util.List;
import org.institute.core.AuditPage;
import org.institute.core.AuditQuery;
import org.institute.core.AuditTrail;
import org.institute.core.ChainCheck;

/** The entries an audit trail was asked to record, as "action entity id: summary". */
final class RecordedAudit implements AuditTrail {
  final List<String> entries = new ArrayList<>();

  @Override
  public void record(String action, String entityType, String entityId, String summary) {
    entries.add(action + " " + entityType + " " + entityId + ": " + summary);
  }

  @Override
  public void recordAs(
      String actor, String action, String entityType, String entityId, String summary) {
    entries.add(actor + " " + action + " " + entityType + " " + entityId + ": " + summary);
  }

  @Override
  public AuditPage search(AuditQuery query, int firstResult, int maxResults) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ChainCheck verify() {
    throw new UnsupportedOperationException();
  }
}
