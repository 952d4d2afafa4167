package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.institute.core.InvalidCommandException;
import org.junit.jupiter.api.Test;

class ParticipantSearchTest {

  @Test
  void aBlankSearchIsNone() {
    assertThat(ParticipantSearch.of(null)).isEmpty();
    assertThat(ParticipantSearch.of("  ")).isEmpty();
    assertThat(ParticipantSearch.of(" , ; ")).isEmpty();
  }

  @Test
  void eachWordIsMatchedApartInLowerCaseAndEscaped() {
    assertThat(ParticipantSearch.of("  TAN  Wei ").orElseThrow().patterns())
        .containsExactly("%tan%", "%wei%");
    assertThat(ParticipantSearch.of("陈 伟明").orElseThrow().patterns())
        .containsExactly("%陈%", "%伟明%");
    assertThat(ParticipantSearch.of("a.tan@ntu.edu.sg").orElseThrow().patterns())
        .containsExactly("%a.tan@ntu.edu.sg%");
    assertThat(ParticipantSearch.of("50%_off").orElseThrow().patterns())
        .containsExactly("%50\\%\\_off%");
  }

  @Test
  void aWordTypedTwiceCountsOnceAndAtMostFiveWordsCount() {
    assertThat(ParticipantSearch.of("tan Tan tan").orElseThrow().patterns())
        .containsExactly("%tan%");
    assertThat(ParticipantSearch.of("a b c d e f g").orElseThrow().words()).hasSize(5);
  }

  @Test
  void aSearchLongerThanTheLimitIsRefusedNamingQ() {
    assertThatThrownBy(() -> ParticipantSearch.of("x".repeat(201)))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("q"));
  }
}
