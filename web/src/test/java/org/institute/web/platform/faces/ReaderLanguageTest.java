package org.institute.web.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReaderLanguageTest {

  @Test
  void theSessionsChoiceComesBeforeTheBrowsers() {
    assertThat(ReaderLanguage.tag("zh-CN", Locale.ENGLISH)).isEqualTo("zh-CN");
    assertThat(ReaderLanguage.tag("en", Locale.SIMPLIFIED_CHINESE)).isEqualTo("en");
  }

  @Test
  void withoutAChoiceAChineseBrowserReadsChinese() {
    assertThat(ReaderLanguage.tag(null, Locale.TRADITIONAL_CHINESE)).isEqualTo("zh-CN");
    assertThat(ReaderLanguage.tag(" ", Locale.forLanguageTag("zh"))).isEqualTo("zh-CN");
  }

  @Test
  void anyOtherOrMissingBrowserLanguageReadsEnglish() {
    assertThat(ReaderLanguage.tag(null, Locale.GERMAN)).isEqualTo("en");
    assertThat(ReaderLanguage.tag(null, null)).isEqualTo("en");
  }
}
