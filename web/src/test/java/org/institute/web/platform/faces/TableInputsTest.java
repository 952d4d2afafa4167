package org.institute.web.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class TableInputsTest {

  private final UnaryOperator<String> milestones = TableInputs.of("milestones");

  @Test
  void aRowsFieldIsItsInputInTheTable() {
    assertThat(milestones.apply("milestones[2].amount")).isEqualTo("milestones:2:amount");
  }

  @Test
  void aWholeRowIsTheTable() {
    assertThat(milestones.apply("milestones[12]")).isEqualTo("milestones");
  }

  @Test
  void otherFieldsAndOtherTablesAreLeftAsTheyAre() {
    assertThat(milestones.apply("title")).isEqualTo("title");
    assertThat(milestones.apply("tiers[1].rate")).isEqualTo("tiers[1].rate");
    assertThat(milestones.apply("milestones[x].amount")).isEqualTo("milestones[x].amount");
  }
}
