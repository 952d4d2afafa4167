package org.institute.talent.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.institute.core.AuditPage;
import org.institute.core.AuditQuery;
import org.institute.core.AuditTrail;
import org.institute.core.ChainCheck;
import org.junit.jupiter.api.Test;

class AuditBatchTest {

  /** The entries an audit trail was asked to record, as "action entity id: summary". */
  static final class RecordedAudit implements AuditTrail {
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

  @Test
  void itemsAreWrittenSixtyToAnEntryAndTheRestOnClose() {
    RecordedAudit audit = new RecordedAudit();
    AuditBatch batch = new AuditBatch(audit, "BULK_ENROLLED", "Cohort", 7);

    for (int i = 1; i <= 61; i++) {
      batch.add("line " + i);
    }
    assertThat(audit.entries).hasSize(1);
    assertThat(audit.entries.get(0))
        .startsWith("BULK_ENROLLED Cohort 7: line 1; line 2;")
        .endsWith("; line 60");
    batch.close();

    assertThat(audit.entries).hasSize(2);
    assertThat(audit.entries.get(1)).isEqualTo("BULK_ENROLLED Cohort 7: line 61");
  }

  @Test
  void closingAnEmptyBatchWritesNothing() {
    RecordedAudit audit = new RecordedAudit();
    AuditBatch batch = new AuditBatch(audit, "BULK_ENROLLED", "Cohort", 7);
    for (int i = 1; i <= 60; i++) {
      batch.add("line " + i);
    }

    batch.close();
    new AuditBatch(audit, "BULK_ENROLLED", "Cohort", 8).close();

    assertThat(audit.entries).hasSize(1);
  }
}
