package org.institute.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrittenLanguageTest {

  @Test
  void latinLettersAloneAreEnglish() {
    assertThat(WrittenLanguage.tagOf("SG renewal, year 6")).isEqualTo("en");
    assertThat(WrittenLanguage.tagOf("Café invoice — 2024")).isEqualTo("en");
    assertThat(WrittenLanguage.hasHan("SG renewal, year 6")).isFalse();
  }

  @Test
  void anyHanCharacterMakesItChinese() {
    assertThat(WrittenLanguage.tagOf("国家知识产权局审查意见答复")).isEqualTo("zh-CN");
    assertThat(WrittenLanguage.tagOf("CNIPA 审查意见，第 6 年")).isEqualTo("zh-CN");
    assertThat(WrittenLanguage.tagOf("Chen Xiaofeng (陈晓峰)")).isEqualTo("zh-CN");
    assertThat(WrittenLanguage.hasHan("基于 AI 的电池")).isTrue();
  }

  @Test
  void noLettersOrOtherScriptsAreUnknown() {
    assertThat(WrittenLanguage.tagOf("2024-04-08 / 4,800.00")).isEmpty();
    assertThat(WrittenLanguage.tagOf("Ωμέγα Привет")).isEmpty();
    assertThat(WrittenLanguage.tagOf("Ωμέγα report")).isEqualTo("en");
    assertThat(WrittenLanguage.tagOf("")).isEmpty();
    assertThat(WrittenLanguage.tagOf(null)).isEmpty();
    assertThat(WrittenLanguage.hasHan(null)).isFalse();
  }
}
