package org.institute.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RisReaderTest {

  private final RisReader reader = new RisReader();

  @Test
  void theSampleFileWithWindowsLineEndsGivesEveryRecord() {
    List<BibliographicEntry> entries = reader.read(Samples.text("publications.ris"));

    assertThat(entries)
        .extracting(BibliographicEntry::key)
        .containsExactly("lee2021forecast", "chen2022electrolyte", "ong2023twin");
  }

  @Test
  void aJournalArticleIsReadWithItsContinuedTitle() {
    BibliographicEntry lee = reader.read(Samples.text("publications.ris")).get(0);

    assertThat(lee.title())
        .isEqualTo("Short-Term Load Forecasting for the China-Singapore Smart Park");
    assertThat(lee.authors()).containsExactly("Lee, Wei", "Wu, Jing");
    assertThat(lee.venue()).isEqualTo("IEEE Transactions on Power Systems");
    assertThat(lee.year()).isEqualTo(2021);
    assertThat(lee.doi()).isEqualTo("10.1109/TPWRS.2021.3051234");
    assertThat(lee.titleLanguage()).isEqualTo("en");
    assertThat(lee.problems()).isEmpty();
  }

  @Test
  void aChineseRecordKeepsItsRegionalTag() {
    BibliographicEntry chen = reader.read(Samples.text("publications.ris")).get(1);

    assertThat(chen.title()).isEqualTo("固态电解质的界面稳定性研究");
    assertThat(chen.titleLanguage()).isEqualTo("zh-CN");
    assertThat(chen.venue()).isEqualTo("华南理工大学学报(自然科学版)");
  }

  @Test
  void aRecordWithoutEndIsUnterminatedButRead() {
    BibliographicEntry ong = reader.read(Samples.text("publications.ris")).get(2);

    assertThat(ong.problems()).containsExactly(RisReader.UNTERMINATED);
    assertThat(ong.authors()).containsExactly("Ong, Siew Ling");
    assertThat(ong.year()).isEqualTo(2023);
  }

  @Test
  void aNewRecordBeforeTheEndOfTheLastReportsTheLastAsUnterminated() {
    String ris = "TY  - JOUR\nTI  - First\nTY  - JOUR\nTI  - Second\nER  - \n";

    List<BibliographicEntry> entries = reader.read(ris);

    assertThat(entries).extracting(BibliographicEntry::title).containsExactly("First", "Second");
    assertThat(entries.get(0).problems()).containsExactly(RisReader.UNTERMINATED);
    assertThat(entries.get(1).problems()).isEmpty();
  }

  @Test
  void tagsOutsideARecordAreReportedOnceUntilTheNextRecord() {
    String ris = "TI  - stray\nAU  - stray\nTY  - JOUR\nTI  - Kept\nER  - \nTI  - again\n";

    List<BibliographicEntry> entries = reader.read(ris);

    assertThat(entries).hasSize(3);
    assertThat(entries.get(0).problems()).containsExactly(RisReader.OUTSIDE);
    assertThat(entries.get(1).title()).isEqualTo("Kept");
    assertThat(entries.get(2).problems()).containsExactly(RisReader.OUTSIDE);
  }

  @Test
  void theFirstOfRepeatedSingleTagsCountsAndAbbreviationsAreTheLastResort() {
    String ris =
        "TY  - JOUR\nTI  - Main\nT1  - Other\nJA  - Abbr.\nDO  - 10.1000/one\nDO  - 10.1000/two\n"
            + "ER  - \nTY  - JOUR\nJA  - Only Abbr.\nJO  - Journal\nER  - \n"
            + "TY  - JOUR\nJ2  - Short\nER  - \n";

    List<BibliographicEntry> entries = reader.read(ris);

    assertThat(entries.get(0).title()).isEqualTo("Main");
    assertThat(entries.get(0).venue()).isEqualTo("Abbr.");
    assertThat(entries.get(0).doi()).isEqualTo("10.1000/one");
    assertThat(entries.get(1).venue()).isEqualTo("Journal");
    assertThat(entries.get(2).venue()).isEqualTo("Short");
  }

  @Test
  void aYearWithoutDigitsIsAProblem() {
    BibliographicEntry entry = reader.read("TY  - JOUR\nPY  - in press\nER  - \n").get(0);

    assertThat(entry.year()).isNull();
    assertThat(entry.problems()).containsExactly(EntryFields.YEAR_INVALID);
  }

  @Test
  void emptyValuesAndUnknownTagsAreIgnored() {
    BibliographicEntry entry =
        reader.read("TY  - JOUR\nTI  -\nAU  - \nKW  - keyword\n  more keyword\nER  -\n").get(0);

    assertThat(entry.title()).isNull();
    assertThat(entry.authors()).isEmpty();
    assertThat(entry.problems()).isEmpty();
  }

  @Test
  void aContinuedVenueJoinsTheLineBefore() {
    BibliographicEntry entry =
        reader.read("TY  - JOUR\nJO  - Journal of\n  Energy\nER  - \n").get(0);

    assertThat(entry.venue()).isEqualTo("Journal of Energy");
  }

  @Test
  void aFileWithoutRecordsHasNoEntries() {
    assertThat(reader.read("")).isEmpty();
    assertThat(reader.read("some text\nwithout tags\n")).isEmpty();
  }
}
