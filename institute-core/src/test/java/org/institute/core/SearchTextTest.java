package org.institute.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void blankMeansNoSearch() {
    assertThat(SearchText.of(null)).isEmpty();
    assertThat(SearchText.of("   ")).isEmpty();
    assertThatThrownBy(() -> new SearchText(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTextIsTrimmed() {
    assertThat(SearchText.of("  solar cell ").orElseThrow().text()).isEqualTo("solar cell");
  }

  @Test
  void twoHundredCharactersAreAcceptedAndOneMoreIsRefusedNamingQ() {
    assertThat(SearchText.of("x".repeat(200))).isPresent();
    assertThatThrownBy(() -> SearchText.of("x".repeat(201)))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> {
              assertThat(e.violations().get(0).field()).isEqualTo("q");
              assertThat(e.violations().get(0).messageKey()).isEqualTo("field.tooLong");
            });
  }

  @Test
  void thePatternMatchesAnywhereInAnyCase() {
    assertThat(SearchText.of("Solar").orElseThrow().containsPattern()).isEqualTo("%solar%");
    assertThat(SearchText.of("华南").orElseThrow().containsPattern()).isEqualTo("%华南%");
  }

  @Test
  void wildcardsTypedByThePersonMatchThemselves() {
    assertThat(SearchText.of("50%_a\\b").orElseThrow().containsPattern())
        .isEqualTo("%50\\%\\_a\\\\b%");
  }

  @Test
  void aNumberIsReadAsARecordNumber() {
    assertThat(SearchText.of("42").orElseThrow().number()).contains(42L);
    assertThat(SearchText.of("#42").orElseThrow().number()).contains(42L);
    assertThat(SearchText.of("42a").orElseThrow().number()).isEmpty();
    assertThat(SearchText.of("#").orElseThrow().number()).isEmpty();
    assertThat(SearchText.of("1234567890123456789").orElseThrow().number())
        .isEqualTo(Optional.empty());
    assertThat(SearchText.of("123456789012345678").orElseThrow().number())
        .contains(123456789012345678L);
  }
}
