package org.institute.talent.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.institute.core.testing.RecordingAudit;
import org.junit.jupiter.api.Test;

class AuditBatchTest {

  @Test
  void itemsAreWrittenSixtyToAnEntryAndTheRestOnClose() {
    RecordingAudit audit = new RecordingAudit();
    AuditBatch batch = new AuditBatch(audit, "BULK_ENROLLED", "Cohort", 7);

    for (int i = 1; i <= 61; i++) {
      batch.add("line " + i);
    }
    assertThat(audit.entries).hasSize(1);
    assertThat(audit.entries.get(0))
        .startsWith("BULK_ENROLLED Cohort#7: line 1; line 2;")
        .endsWith("; line 60");
    batch.close();

    assertThat(audit.entries).hasSize(2);
    assertThat(audit.entries.get(1)).isEqualTo("BULK_ENROLLED Cohort#7: line 61");
  }

  @Test
  void closingAnEmptyBatchWritesNothing() {
    RecordingAudit audit = new RecordingAudit();
    AuditBatch batch = new AuditBatch(audit, "BULK_ENROLLED", "Cohort", 7);
    for (int i = 1; i <= 60; i++) {
      batch.add("line " + i);
    }

    batch.close();
    new AuditBatch(audit, "BULK_ENROLLED", "Cohort", 8).close();

    assertThat(audit.entries).hasSize(1);
  }
}
