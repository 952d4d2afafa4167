package org.institute.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.institute.core.AuditPage;
import org.institute.core.AuditQuery;
import org.institute.core.AuditTrail;
import org.institute.core.ChainCheck;

/**
 * An audit trail for the modules' unit tests that keeps what it was told, as "ACTION entity#id:
 * summary" (or "actor ACTION entity#id: summary").
 */
public final class RecordingAudit implements AuditTrail {
  public final List<String> entries = new ArrayList<>();

  @Override
  public void record(String action, String entityType, String entityId, String summary) {
    entries.add(action + " " + entityType + "#" + entityId + ": " + summary);
  }

  @Override
  public void recordAs(
      String actor, String action, String entityType, String entityId, String summary) {
    entries.add(actor + " " + action + " " + entityType + "#" + entityId + ": " + summary);
  }

  @Override
  public AuditPage search(AuditQuery query, int firstResult, int maxResults) {
    throw new UnsupportedOperationException();
  }

  @Override
  public org.institute.core.Slice<org.institute.core.AuditEntryView> entries(
      AuditQuery query, org.institute.core.PageRequest page) {
    throw new UnsupportedOperationException();
  }

  @Override
  public java.util.Optional<org.institute.core.ChainVerification> lastVerification() {
    throw new UnsupportedOperationException();
  }

  @Override
  public long length() {
    throw new UnsupportedOperationException();
  }

  @Override
  public ChainCheck verify() {
    throw new UnsupportedOperationException();
  }
}
