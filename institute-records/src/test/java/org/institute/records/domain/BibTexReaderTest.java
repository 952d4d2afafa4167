package org.institute.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BibTexReaderTest {

  private final BibTexReader reader = new BibTexReader();

  @Test
  void theSampleFileGivesEveryEntryInFileOrder() {
    List<BibliographicEntry> entries = reader.read(Samples.text("publications.bib"));

    assertThat(entries)
        .extracting(BibliographicEntry::position, BibliographicEntry::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "lee2021forecast"),
            org.assertj.core.groups.Tuple.tuple(2, "chen2022electrolyte"),
            org.assertj.core.groups.Tuple.tuple(3, "ong2023twin"),
            org.assertj.core.groups.Tuple.tuple(4, "broken2020"),
            org.assertj.core.groups.Tuple.tuple(5, "nodoi2021"));
  }

  @Test
  void anArticleIsReadWithAccentsMacrosAndLanguage() {
    BibliographicEntry lee = reader.read(Samples.text("publications.bib")).get(0);

    assertThat(lee.title())
        .isEqualTo("Short-Term Load Forecasting for the China-Singapore Smart Park");
    assertThat(lee.authors()).containsExactly("Lee, Wei", "Wu, Jing", "Müller, Anna");
    assertThat(lee.venue()).isEqualTo("IEEE Transactions on Power Systems");
    assertThat(lee.year()).isEqualTo(2021);
    assertThat(lee.doi()).isEqualTo("10.1109/TPWRS.2021.3051234");
    assertThat(lee.titleLanguage()).isEqualTo("en");
    assertThat(lee.problems()).isEmpty();
  }

  @Test
  void aChineseEntryKeepsItsTitleAndLanguage() {
    BibliographicEntry chen = reader.read(Samples.text("publications.bib")).get(1);

    assertThat(chen.title()).isEqualTo("固态电解质的界面稳定性研究");
    assertThat(chen.titleLanguage()).isEqualTo("zh");
    assertThat(chen.venue()).isEqualTo("华南理工大学学报(自然科学版)");
    assertThat(chen.authors()).containsExactly("陈, 明", "Tan, Kiat Hong");
    assertThat(chen.year()).isEqualTo(2022);
  }

  @Test
  void proceedingsGiveTheBookTitleAsVenue() {
    BibliographicEntry ong = reader.read(Samples.text("publications.bib")).get(2);

    assertThat(ong.venue())
        .isEqualTo("Proceedings of the 2023 International Conference on Smart Cities");
    assertThat(ong.titleLanguage()).isNull();
  }

  @Test
  void anUnclosedBraceSpoilsOnlyItsOwnEntry() {
    List<BibliographicEntry> entries = reader.read(Samples.text("publications.bib"));

    assertThat(entries.get(3).problems()).containsExactly(BibTexReader.MALFORMED);
    assertThat(entries.get(3).title()).isNull();
    assertThat(entries.get(4).title()).isEqualTo("A paper without a DOI");
    assertThat(entries.get(4).doi()).isNull();
  }

  @Test
  void twoEntriesWithOneKeyStayTwo() {
    String bib = "@article{k, title={One}}\n@article{k, title={Two}}\n";

    assertThat(reader.read(bib))
        .extracting(BibliographicEntry::title)
        .containsExactly("One", "Two");
  }

  @Test
  void commentsPreamblesAndTextBeforeTheFirstEntryAreIgnored() {
    String bib =
        "Exported 2024\n@comment{jabref-meta: x}\n@preamble{\"\\newcommand\"}\n"
            + "@ARTICLE{a, TITLE={Upper case}, YEAR={2020}}\n";

    List<BibliographicEntry> entries = reader.read(bib);

    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).title()).isEqualTo("Upper case");
    assertThat(entries.get(0).year()).isEqualTo(2020);
  }

  @Test
  void aYearThatIsNoNumberIsAProblemOfTheEntry() {
    BibliographicEntry entry = reader.read("@article{a, title={T}, year={forthcoming}}").get(0);

    assertThat(entry.year()).isNull();
    assertThat(entry.problems()).containsExactly(EntryFields.YEAR_INVALID);
  }

  @Test
  void anEntryWithoutYearHasNoProblemOfItsOwn() {
    BibliographicEntry entry = reader.read("@article{a, title={T}}").get(0);

    assertThat(entry.year()).isNull();
    assertThat(entry.problems()).isEmpty();
  }

  @Test
  void wrappedFieldsBecomeOneLine() {
    BibliographicEntry entry =
        reader.read("@article{a,\n  title = {A title\n     on two lines},\n}\n").get(0);

    assertThat(entry.title()).isEqualTo("A title on two lines");
  }

  @Test
  void theParenthesesFormIsMalformedWithItsKey() {
    List<BibliographicEntry> entries =
        reader.read("@article(p, title = \"In quotes\", year = 2019)\n@article{q, title={Q}}");

    assertThat(entries.get(0).key()).isEqualTo("p");
    assertThat(entries.get(0).problems()).containsExactly(BibTexReader.MALFORMED);
    assertThat(entries.get(1).title()).isEqualTo("Q");
  }

  @Test
  void anUnknownMacroDoesNotSpoilTheEntry() {
    BibliographicEntry entry = reader.read("@article{a, title={T}, journal = jnl}").get(0);

    assertThat(entry.title()).isEqualTo("T");
    assertThat(entry.problems()).isEmpty();
  }

  @Test
  void anEntryWithoutAKeyIsReadWithNone() {
    List<BibliographicEntry> entries = reader.read("@article{, title={T}}\n@article{b, title={U}}");

    assertThat(entries).extracting(BibliographicEntry::key).containsExactly(null, "b");
    assertThat(entries.get(0).title()).isEqualTo("T");
  }

  @Test
  void aMalformedStringMacroIsSkippedAndTheEntriesAreStillRead() {
    List<BibliographicEntry> entries =
        reader.read("@string{broken = \"no end}\n@article{b, title={U}, journal = broken}");

    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).title()).isEqualTo("U");
  }

  @Test
  void anEmptyFileHasNoEntries() {
    assertThat(reader.read("")).isEmpty();
    assertThat(reader.read("just some words\n")).isEmpty();
  }

  @Test
  void authorsAreSplitOnTheWordAndOnly() {
    assertThat(BibTexReader.authors("Anderson, Karl and  Sandoval,\n Maria"))
        .containsExactly("Anderson, Karl", "Sandoval, Maria");
    assertThat(BibTexReader.authors(null)).isEmpty();
  }

  @Test
  void latexAccentsBecomeUnicode() {
    assertThat(BibTexReader.latexToUnicode("Caf{\\'e} {M}\\\"uller")).isEqualTo("Café Müller");
    assertThat(BibTexReader.latexToUnicode("plain")).isEqualTo("plain");
  }

  @Test
  void chunksStartAtEveryLineBeginningWithAt() {
    assertThat(BibTexReader.chunks("x\n@a{1}\n  @b{2}\r\nrest\n"))
        .containsExactly("@a{1}\n", "  @b{2}\nrest\n\n");
  }
}
