package org.institute.web.core.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTest {
  private final Formats fmt = new Formats();

  @Test
  void aMessageIsSplitAroundItsParameterSoTheNameCanBeMarkedApart() {
    assertThat(fmt.before("Welcome, {0}")).isEqualTo("Welcome, ");
    assertThat(fmt.after("Welcome, {0}")).isEmpty();
    assertThat(fmt.before("已由{0}同意")).isEqualTo("已由");
    assertThat(fmt.after("已由{0}同意")).isEqualTo("同意");
  }

  @Test
  void aMessageWithoutParameterIsAllBefore() {
    assertThat(fmt.before("Hello")).isEqualTo("Hello");
    assertThat(fmt.after("Hello")).isEmpty();
    assertThat(fmt.before(null)).isEmpty();
  }
}
