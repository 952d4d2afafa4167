package org.institute.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GeneratedCasesTest {

  private String before;

  @BeforeEach
  void plainBuild() {
    before = System.clearProperty("generated.cases.percent");
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty("generated.cases.percent");
    } else {
      System.setProperty("generated.cases.percent", before);
    }
  }

  @Test
  void aPlainBuildRunsEveryCase() {
    assertThat(GeneratedCases.of(5_000)).isEqualTo(5_000);
    assertThat(GeneratedCases.of(7)).isEqualTo(7);
  }

  @Test
  void underMutationTestingAShareOfTheCasesAndAtLeastTheMinimum() {
    System.setProperty("generated.cases.percent", "10");
    assertThat(GeneratedCases.of(5_000)).isEqualTo(500);
    assertThat(GeneratedCases.of(300)).isEqualTo(GeneratedCases.MINIMUM);
    assertThat(GeneratedCases.of(40)).as("small tests keep all their cases").isEqualTo(40);
    System.setProperty("generated.cases.percent", "0");
    assertThat(GeneratedCases.of(10_000)).isEqualTo(GeneratedCases.MINIMUM);
    System.setProperty("generated.cases.percent", "250");
    assertThat(GeneratedCases.of(10_000)).isEqualTo(10_000);
  }
}
