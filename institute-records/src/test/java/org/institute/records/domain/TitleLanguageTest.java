package org.institute.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleLanguageTest {

  @Test
  void aTagIsKeptInItsCanonicalCase() {
    assertThat(TitleLanguage.of("zh-cn", "x")).isEqualTo("zh-CN");
    assertThat(TitleLanguage.of(" EN ", "x")).isEqualTo("en");
    assertThat(TitleLanguage.of("zh-Hans", "x")).isEqualTo("zh-Hans");
  }

  @Test
  void babelNamesBecomeTags() {
    assertThat(TitleLanguage.of("Chinese", "x")).isEqualTo("zh");
    assertThat(TitleLanguage.of("english", "x")).isEqualTo("en");
    assertThat(TitleLanguage.of("british", "x")).isEqualTo("en-GB");
  }

  @Test
  void withoutDeclarationHanCharactersMeanChinese() {
    assertThat(TitleLanguage.of(null, "电池 battery")).isEqualTo("zh");
    assertThat(TitleLanguage.of(" ", "固态")).isEqualTo("zh");
    assertThat(TitleLanguage.of(null, "Battery")).isNull();
    assertThat(TitleLanguage.of(null, null)).isNull();
  }

  @Test
  void aDeclarationThatIsNeitherTagNorKnownNameFallsBackToTheScript() {
    assertThat(TitleLanguage.of("Simplified Chinese!", "固态")).isEqualTo("zh");
    assertThat(TitleLanguage.of("klingonese", "Battery")).isNull();
  }
}
