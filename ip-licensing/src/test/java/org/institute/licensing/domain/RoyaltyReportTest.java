package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.domain.RoyaltyReportFixture.AT;
import static org.institute.licensing.domain.RoyaltyReportFixture.CNY;
import static org.institute.licensing.domain.RoyaltyReportFixture.Q1;
import static org.institute.licensing.domain.RoyaltyReportFixture.due;
import static org.institute.licensing.domain.RoyaltyReportFixture.filed;
import static org.institute.licensing.domain.RoyaltyReportFixture.lines;

import java.math.BigDecimal;
import org.institute.core.ConflictException;
import org.institute.core.Money;
import org.junit.jupiter.api.Test;

class RoyaltyReportTest {

  @Test
  void theFirstFilingIsVersionOne() {
    RoyaltyReport report = filed();

    assertThat(report.current().number()).isEqualTo(1);
    assertThat(report.amended()).isFalse();
    assertThat(report.current().due(CNY).due()).isEqualTo(Money.of(new BigDecimal("50"), CNY));
    assertThat(report.period()).isEqualTo(Q1);
  }

  @Test
  void aCorrectionIsANewVersionAndKeepsTheFirst() {
    RoyaltyReport report = filed();

    report.amend(
        1, "huaxin.licensee", AT.plusSeconds(60), "returns missed", lines("800"), due("800"));

    assertThat(report.versions()).extracting(RoyaltyReportVersion::number).containsExactly(1, 2);
    assertThat(report.versions().get(0).lines().get(0).grossSales()).isEqualByComparingTo("1000");
    assertThat(report.current().note()).isEqualTo("returns missed");
    assertThat(report.current().due(CNY).due()).isEqualTo(Money.of(new BigDecimal("40"), CNY));
    assertThat(report.amended()).isTrue();
  }

  @Test
  void aCorrectionOfAnOlderVersionIsRefused() {
    RoyaltyReport report = filed();
    report.amend(1, "a", AT, null, lines("800"), due("800"));

    assertThatThrownBy(() -> report.amend(1, "b", AT, null, lines("900"), due("900")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("licensing.royaltyReport.staleVersion");
    assertThat(report.versions()).hasSize(2);
  }
}
