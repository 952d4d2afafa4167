package org.institute.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.institute.records.NewKpiTarget;
import org.institute.records.PublicationView;
import org.junit.jupiter.api.Test;

/** KPI targets and publications keep what they were registered with, trimmed. */
class RecordsEntitiesTest {

  private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

  @Test
  void aKpiTargetKeepsItsMetricPeriodAndTrimmedLabels() {
    KpiTarget t =
        new KpiTarget(
            new NewKpiTarget(
                "PAT-2025",
                "patents.filed",
                " Patents filed ",
                " 专利申请 ",
                25L,
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31)),
            NOW);

    assertThat(t.code()).isEqualTo("PAT-2025");
    assertThat(t.metric()).isEqualTo("patents.filed");
    assertThat(t.labelEn()).isEqualTo("Patents filed");
    assertThat(t.labelZh()).isEqualTo("专利申请");
    assertThat(t.target()).isEqualTo(25);
    assertThat(t.periodFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(t.periodTo()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void aKpiTargetWithABlankOrNoChineseLabelHasNone() {
    LocalDate from = LocalDate.of(2025, 1, 1);
    assertThat(new KpiTarget(new NewKpiTarget("A", "m", "L", " ", 1L, from, null), NOW).labelZh())
        .isNull();
    assertThat(new KpiTarget(new NewKpiTarget("A", "m", "L", null, 1L, from, null), NOW).labelZh())
        .isNull();
  }

  @Test
  void aPublicationKeepsItsTrimmedFieldsAndItsDoi() {
    Publication p =
        Stored.withId(
            new Publication(
                " Short-term load forecasting ",
                " IEEE Trans. Power Syst. ",
                2024,
                "10.1109/tpwrs.2024.1234567",
                " Lee, Wu ",
                42,
                NOW));

    assertThat(p.view())
        .isEqualTo(
            new PublicationView(
                p.id(),
                "Short-term load forecasting",
                "IEEE Trans. Power Syst.",
                2024,
                "10.1109/tpwrs.2024.1234567",
                "Lee, Wu",
                42));
    assertThat(p.doi()).isEqualTo("10.1109/tpwrs.2024.1234567");
  }
}
