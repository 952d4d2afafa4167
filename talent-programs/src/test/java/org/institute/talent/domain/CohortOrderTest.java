package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.institute.core.ListSort;
import org.institute.talent.Programmes;
import org.junit.jupiter.api.Test;

class CohortOrderTest {

  @Test
  void withoutASortTheNewestStartComesFirst() {
    assertThat(CohortRepository.order(null)).isEqualTo(ListSort.descending("startsOn"));
    assertThat(CohortRepository.order(" ")).isEqualTo(ListSort.descending("startsOn"));
    assertThat(CohortRepository.order("startsOn")).isEqualTo(ListSort.descending("startsOn"));
  }

  @Test
  void namesAndStatusesReadFromA() {
    assertThat(CohortRepository.order("name")).isEqualTo(ListSort.ascending("name"));
    assertThat(CohortRepository.order("status")).isEqualTo(ListSort.ascending("status"));
  }

  @Test
  void everySortTheListOffersHasAnOrder() {
    assertThat(Programmes.COHORT_SORTS)
        .allSatisfy(sort -> assertThat(CohortRepository.order(sort).field()).isEqualTo(sort));
  }
}
