package org.institute.demo.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's year of royalty reports tells the same story whatever day it starts. */
class ComplianceDemoDataTest {

  @Test
  void everyDayOfTheYearHasFourOrFiveQuartersEndedInTheLastTwelveMonthsAndAnOverdueInvoice() {
    for (LocalDate signed : List.of(LocalDate.of(2020, 1, 15), LocalDate.of(2020, 11, 16))) {
      for (LocalDate today = LocalDate.of(2026, 1, 1);
          today.isBefore(LocalDate.of(2027, 6, 1));
          today = today.plusDays(1)) {
        List<LocalDate[]> quarters = ComplianceDemoData.lastYearsQuarters(signed, today);
        assertThat(quarters).as("%s", today).hasSizeBetween(4, 5);
        for (int i = 1; i < quarters.size(); i++) {
          assertThat(quarters.get(i)[0]).isEqualTo(quarters.get(i - 1)[1].plusDays(1));
        }
        LocalDate[] queried = quarters.get(quarters.size() - 2);
        // accepted 28 days after its end; its invoice, due 30 days later, is overdue today
        assertThat(queried[1].plusDays(58)).as("%s", today).isBefore(today);
        // the late one's events all happened before today
        assertThat(quarters.get(quarters.size() - 3)[1].plusDays(79)).isBefore(today);
      }
    }
  }
}
