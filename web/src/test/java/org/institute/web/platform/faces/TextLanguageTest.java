package org.institute.web.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLanguageTest {

  @Test
  void latinLettersAloneAreEnglish() {
    assertThat(TextLanguage.of("SG renewal, year 6")).isEqualTo("en");
    assertThat(TextLanguage.of("Café invoice — 2024")).isEqualTo("en");
  }

  @Test
  void hanCharactersAloneAreChinese() {
    assertThat(TextLanguage.of("国家知识产权局审查意见答复")).isEqualTo("zh-CN");
    assertThat(TextLanguage.of("第6年，续展费 1,200 元。")).isEqualTo("zh-CN");
  }

  @Test
  void mixedScriptsOrNoLettersAreUnknown() {
    assertThat(TextLanguage.of("Chen Xiaofeng (陈晓峰)")).isEmpty();
    assertThat(TextLanguage.of("2024-04-08 / 4,800.00")).isEmpty();
    assertThat(TextLanguage.of("")).isEmpty();
    assertThat(TextLanguage.of(null)).isEmpty();
  }

  @Test
  void lettersOfOtherScriptsDoNotCount() {
    assertThat(TextLanguage.of("Ωμέγα Привет")).isEmpty();
    assertThat(TextLanguage.of("Ωμέγα report")).isEqualTo("en");
  }
}
