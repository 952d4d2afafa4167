package org.institute.web.reports.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.institute.core.KpiRecord;
import org.institute.licensing.ApplicationStatus;
import org.institute.licensing.DealState;
import org.institute.records.ProjectStatus;
import org.junit.jupiter.api.Test;

class KpiRecordStatusTest {

  private static KpiRecord record(String type, String status) {
    return new KpiRecord(type, 1, "label", LocalDate.of(2026, 1, 1), 1, "detail", status);
  }

  @Test
  void aStatusIsLookedUpUnderTheKeyOfItsRecordsType() {
    assertThat(KpiRecordStatus.key(record("project", "ACTIVE"))).isEqualTo("projectStatus.ACTIVE");
    assertThat(KpiRecordStatus.key(record("patent-application", "FILED")))
        .isEqualTo("lic.appstatus.FILED");
    assertThat(KpiRecordStatus.key(record("licence-deal", "EXECUTED")))
        .isEqualTo("lic.state.EXECUTED");
  }

  @Test
  void aRecordWithoutStatusHasNoLabel() {
    assertThat(KpiRecordStatus.key(record("project", null))).isNull();
    assertThat(KpiRecordStatus.key(record("publication", "X"))).isNull();
    assertThat(
            KpiRecordStatus.key(
                new KpiRecord("payment", 1, "#1", LocalDate.of(2026, 1, 1), 5, "SGD 5")))
        .isNull();
  }

  @Test
  void everyStatusARecordCanCarryHasALabelInBothLanguages() throws IOException {
    List<String> keys = new ArrayList<>();
    for (ProjectStatus s : ProjectStatus.values()) {
      keys.add(KpiRecordStatus.key(record("project", s.name())));
    }
    for (ApplicationStatus s : ApplicationStatus.values()) {
      keys.add(KpiRecordStatus.key(record("patent-application", s.name())));
    }
    for (DealState s : DealState.values()) {
      keys.add(KpiRecordStatus.key(record("licence-deal", s.name())));
    }
    for (String bundle : List.of("messages.properties", "messages_zh_CN.properties")) {
      Properties texts = new Properties();
      try (Reader in =
          Files.newBufferedReader(
              Path.of("src/main/resources/i18n", bundle), StandardCharsets.UTF_8)) {
        texts.load(in);
      }
      assertThat(keys)
          .allSatisfy(k -> assertThat(texts.getProperty(k)).as(bundle + " " + k).isNotBlank());
    }
  }
}
