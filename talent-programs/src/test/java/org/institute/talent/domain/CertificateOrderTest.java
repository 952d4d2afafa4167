package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.institute.core.InvalidCommandException;
import org.institute.core.ListSort;
import org.institute.talent.Certificates;
import org.junit.jupiter.api.Test;

class CertificateOrderTest {

  @Test
  void withoutASortTheNewestCertificateComesFirst() {
    assertThat(CertificateRepository.order(null)).isEqualTo(ListSort.descending("issuedOn"));
    assertThat(CertificateRepository.order(" ")).isEqualTo(ListSort.descending("issuedOn"));
    assertThat(CertificateRepository.order("issuedOn")).isEqualTo(ListSort.descending("issuedOn"));
  }

  @Test
  void holdersReadFromA() {
    assertThat(CertificateRepository.order("holder")).isEqualTo(ListSort.ascending("holder"));
  }

  @Test
  void everySortTheListOffersHasAnOrderAndNoOtherDoes() {
    assertThat(Certificates.SORTS)
        .allSatisfy(sort -> assertThat(CertificateRepository.order(sort).field()).isEqualTo(sort));
    assertThatThrownBy(() -> CertificateRepository.order("code"))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("sort"));
    assertThatThrownBy(() -> CertificateRepository.order("issuedOn,desc"))
        .isInstanceOf(InvalidCommandException.class);
  }
}
