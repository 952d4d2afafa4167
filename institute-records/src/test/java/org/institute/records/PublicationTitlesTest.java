package org.institute.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicationTitlesTest {

  @Test
  void aLookedUpChineseTitleGoesToTheChineseField() {
    PublicationDraft draft =
        new PublicationDraft("10.1/x", "固态电解质", "zh-CN", "学报", 2024, "陈明", false);

    assertThat(PublicationTitles.of(draft)).isEqualTo(new PublicationTitles(null, null, "固态电解质"));
  }

  @Test
  void aLookedUpTitleInAnotherLanguageKeepsItsTag() {
    PublicationDraft draft = new PublicationDraft("10.1/x", "Akkus", "de", "J", 2024, "A", false);

    assertThat(PublicationTitles.of(draft)).isEqualTo(new PublicationTitles("Akkus", "de", null));
  }

  @Test
  void aRecordedPaperShowsBothTitlesInTheirFields() {
    PublicationView both =
        new PublicationView(1, "Solid", "J", 2024, "10.1/x", "A", 1, "en", null, "固态");
    PublicationView chineseOnly =
        new PublicationView(2, "固态", "J", 2024, "10.1/y", "A", 1, "zh", null, null);

    assertThat(PublicationTitles.of(both)).isEqualTo(new PublicationTitles("Solid", "en", "固态"));
    assertThat(PublicationTitles.of(chineseOnly))
        .isEqualTo(new PublicationTitles(null, null, "固态"));
  }

  @Test
  void chineseTagsAreKnownWhateverTheirRegionOrScript() {
    assertThat(PublicationTitles.chinese("zh")).isTrue();
    assertThat(PublicationTitles.chinese("zh_CN")).isTrue();
    assertThat(PublicationTitles.chinese("zh-Hant")).isTrue();
    assertThat(PublicationTitles.chinese("en")).isFalse();
    assertThat(PublicationTitles.chinese(null)).isFalse();
  }

  @Test
  void aLookedUpTitleWithoutLanguageGoesByItsScript() {
    assertThat(
            PublicationTitles.of(new PublicationDraft("10.1/x", "固态", null, "J", 2024, "A", false)))
        .isEqualTo(new PublicationTitles(null, null, "固态"));
    assertThat(
            PublicationTitles.of(
                new PublicationDraft("10.1/x", "Solid", null, "J", 2024, "A", false)))
        .isEqualTo(new PublicationTitles("Solid", null, null));
  }
}
