package org.institute.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The examples are ORCID's own documented iDs (Josiah Carberry and others). */
class OrcidTest {

  @Test
  void validIdsAreKeptInNormalForm() {
    assertThat(Orcid.parse("0000-0002-1825-0097")).contains(new Orcid("0000-0002-1825-0097"));
    assertThat(Orcid.parse(" https://orcid.org/0000-0001-5109-3700 "))
        .contains(new Orcid("0000-0001-5109-3700"));
    assertThat(Orcid.parse("HTTP://ORCID.ORG/0000-0002-1694-233x"))
        .contains(new Orcid("0000-0002-1694-233X"));
    assertThat(Orcid.parse("orcid.org/0000-0002-1825-0097")).isPresent();
  }

  @Test
  void aWrongCheckCharacterIsRefused() {
    assertThat(Orcid.parse("0000-0002-1825-0098")).isEmpty();
    assertThat(Orcid.parse("0000-0002-1694-2330")).isEmpty();
    assertThat(Orcid.parse("0000-0001-5109-370X")).isEmpty();
  }

  @Test
  void otherShapesAreRefused() {
    assertThat(Orcid.parse(null)).isEmpty();
    assertThat(Orcid.parse("")).isEmpty();
    assertThat(Orcid.parse("0000000218250097")).isEmpty();
    assertThat(Orcid.parse("0000-0002-1825-009")).isEmpty();
    assertThat(Orcid.parse("0000-0002-1825-00970")).isEmpty();
    assertThat(Orcid.parse("X000-0002-1825-0097")).isEmpty();
    assertThat(Orcid.parse("https://example.org/0000-0002-1825-0097")).isEmpty();
  }

  @Test
  void theCheckCharacterFollowsIso7064Mod112() {
    assertThat(Orcid.checkCharacter("000000021825009")).isEqualTo('7');
    assertThat(Orcid.checkCharacter("000000021694233")).isEqualTo('X');
    assertThat(Orcid.checkCharacter("000000015109370")).isEqualTo('0');
  }

  @Test
  void theConstructorRefusesWhatParseRefuses() {
    assertThatThrownBy(() -> new Orcid("0000-0002-1825-0098"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Orcid(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Orcid("0000-0002-1694-233x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLinkIsTheIdsPage() {
    assertThat(new Orcid("0000-0002-1825-0097").link())
        .isEqualTo("https://orcid.org/0000-0002-1825-0097");
    assertThat(new Orcid("0000-0002-1825-0097")).hasToString("0000-0002-1825-0097");
  }
}
