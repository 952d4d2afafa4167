package org.institute.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DoiTest {

  @Test
  void aDoiIsKeptInLowerCaseWithoutResolverPrefix() {
    assertThat(Doi.normalise(" https://doi.org/10.1109/TPWRS.2019.2901234 "))
        .contains("10.1109/tpwrs.2019.2901234");
    assertThat(Doi.normalise("doi:10.1016/j.cell.2018.05.012"))
        .contains("10.1016/j.cell.2018.05.012");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "10.12/short-registrant",
        "11.1109/abc",
        "10.1109/",
        "10.1109/a b",
        "not a doi",
        "10.1109/<script>"
      })
  void malformedDoisAreRefused(String text) {
    assertThat(Doi.normalise(text)).isEmpty();
  }

  @Test
  void nullIsNoDoi() {
    assertThat(Doi.normalise(null)).isEmpty();
  }

  @Test
  void aDoiHasAtMost200Characters() {
    String longest = "10.1109/" + "a".repeat(192);
    assertThat(Doi.normalise(longest)).contains(longest);
    assertThat(Doi.normalise(longest + "a")).isEmpty();
  }
}
