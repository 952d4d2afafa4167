package org.institute.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicationTitleTest {

  @Test
  void aChineseTitleAloneIsTheTitleTaggedChinese() {
    assertThat(PublicationTitle.of(" ", " 固态电解质 ", null))
        .isEqualTo(new PublicationTitle("固态电解质", "zh", null));
  }

  @Test
  void aChineseTitleAloneKeepsADeclaredChineseVariantButNotAnotherLanguage() {
    assertThat(PublicationTitle.of(null, "固態電解質", "zh-Hant").language()).isEqualTo("zh-Hant");
    assertThat(PublicationTitle.of(null, "固态电解质", "en").language()).isEqualTo("zh");
  }

  @Test
  void aTitleKeepsItsDeclaredLanguageAndTheChineseTitleStandsBeside() {
    assertThat(PublicationTitle.of(" Solid electrolytes ", "固态电解质", "british"))
        .isEqualTo(new PublicationTitle("Solid electrolytes", "en-GB", "固态电解质"));
  }

  @Test
  void anUndeclaredTitleIsTaggedByItsScript() {
    assertThat(PublicationTitle.of("Solid electrolytes", null, null))
        .isEqualTo(new PublicationTitle("Solid electrolytes", null, null));
    assertThat(PublicationTitle.of("固态电解质", "", " ").language()).isEqualTo("zh");
  }

  @Test
  void noTitleAtAllIsNone() {
    assertThat(PublicationTitle.of(" ", null, "en")).isNull();
  }

  @Test
  void aDeclaredLanguageIsUnderstoodWhenATagOrABabelName() {
    assertThat(PublicationTitle.understood(null)).isTrue();
    assertThat(PublicationTitle.understood(" ")).isTrue();
    assertThat(PublicationTitle.understood("zh-CN")).isTrue();
    assertThat(PublicationTitle.understood("chinese")).isTrue();
    assertThat(PublicationTitle.understood("not a tag!")).isFalse();
  }
}
