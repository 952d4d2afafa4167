package org.institute.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.institute.records.SpaceUse;
import org.institute.reporting.KpiStatus;
import org.institute.reporting.ReportSection;
import org.junit.jupiter.api.Test;

class ReportCellsTest {

  private static final ReportCells EN = ReportCells.in(Locale.ENGLISH);
  private static final ReportCells ZH = ReportCells.in(Locale.SIMPLIFIED_CHINESE);

  @Test
  void everyEnumOfAReportHasALabelInBothLanguages() {
    ReportCells.PREFIXES.forEach(
        (type, prefix) -> {
          for (Enum<?> value : type.getEnumConstants()) {
            assertThat(EN.text(value)).as(prefix + value).isNotEqualTo(value.name());
            assertThat(ZH.text(value)).as(prefix + value).isNotEqualTo(value.name());
            assertThat(ZH.text(value)).as(prefix + value).isNotEqualTo(EN.text(value));
          }
        });
  }

  @Test
  void labelsFollowTheReadersLanguage() {
    assertThat(EN.text(KpiStatus.AT_RISK)).isEqualTo("At risk");
    assertThat(EN.text(SpaceUse.RD_FACILITY)).isEqualTo("R&D facilities");
    assertThat(ZH.text(new ReportSection.Text("Whole building", "整栋楼"))).isEqualTo("整栋楼");
    assertThat(EN.text(new ReportSection.Text("Whole building", "整栋楼")))
        .isEqualTo("Whole building");
  }

  @Test
  void numbersAreGroupedAndAMissingValueIsADash() {
    assertThat(EN.text(1_700_000L)).isEqualTo("1,700,000");
    assertThat(ZH.text(new BigDecimal("340000.5"))).isEqualTo("340,000.50");
    assertThat(EN.text(null)).isEqualTo("—");
    assertThat(EN.label(12)).isEqualTo(12);
  }

  @Test
  void theReaderIsChineseWhenTheFirstAcceptedLanguageIsChinese() {
    assertThat(ReportCells.reader(List.of(Locale.forLanguageTag("zh-CN"), Locale.ENGLISH)))
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(ReportCells.reader(List.of(Locale.ENGLISH, Locale.CHINESE)))
        .isEqualTo(Locale.ENGLISH);
    assertThat(ReportCells.reader(List.of())).isEqualTo(Locale.ENGLISH);
  }
}
