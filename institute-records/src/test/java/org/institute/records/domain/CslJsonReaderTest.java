package org.institute.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CslJsonReaderTest {

  private final CslJsonReader reader = new CslJsonReader();

  @Test
  void theSampleFileGivesEveryItemAndFlagsTheOneThatIsNoObject() {
    List<BibliographicEntry> entries = reader.read(Samples.text("publications.json"));

    assertThat(entries)
        .extracting(BibliographicEntry::key)
        .containsExactly("lee2021forecast", "chen2022electrolyte", null, "ong2023twin");
    assertThat(entries.get(2).problems()).containsExactly(CslJsonReader.NOT_AN_ITEM);
  }

  @Test
  void anItemIsReadWithDatePartsAndNames() {
    BibliographicEntry lee = reader.read(Samples.text("publications.json")).get(0);

    assertThat(lee.title())
        .isEqualTo("Short-Term Load Forecasting for the China-Singapore Smart Park");
    assertThat(lee.authors()).containsExactly("Lee, Wei", "Wu, Jing");
    assertThat(lee.venue()).isEqualTo("IEEE Transactions on Power Systems");
    assertThat(lee.year()).isEqualTo(2021);
    assertThat(lee.doi()).isEqualTo("10.1109/TPWRS.2021.3051234");
    assertThat(lee.titleLanguage()).isEqualTo("en");
  }

  @Test
  void crossrefListsRawDatesAndLiteralNamesAreRead() {
    BibliographicEntry chen = reader.read(Samples.text("publications.json")).get(1);

    assertThat(chen.venue()).isEqualTo("华南理工大学学报(自然科学版)");
    assertThat(chen.year()).isEqualTo(2022);
    assertThat(chen.authors()).containsExactly("陈, 明", "Tan Kiat Hong");
    assertThat(chen.titleLanguage()).isEqualTo("zh-CN");
  }

  @Test
  void aYearWrittenAsTextInDatePartsCounts() {
    assertThat(reader.read(Samples.text("publications.json")).get(3).year()).isEqualTo(2023);
  }

  @Test
  void oneItemAloneIsAFileOfOne() {
    List<BibliographicEntry> entries =
        reader.read("{\"id\": \"x\", \"title\": \"Alone\", \"issued\": {\"literal\": \"2020\"}}");

    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).year()).isEqualTo(2020);
  }

  @Test
  void anIssuedDateWithoutYearIsAProblem() {
    BibliographicEntry entry =
        reader.read("[{\"title\": \"T\", \"issued\": {\"raw\": \"spring\"}}]").get(0);

    assertThat(entry.problems()).containsExactly(EntryFields.YEAR_INVALID);
  }

  @Test
  void anIssuedTextAndNumericIdAreRead() {
    BibliographicEntry entry =
        reader
            .read(
                "[{\"id\": 7, \"issued\": \"2019-05\", \"author\": [\"x\", {\"given\": \"Only\"}]}]")
            .get(0);

    assertThat(entry.key()).isEqualTo("7");
    assertThat(entry.year()).isEqualTo(2019);
    assertThat(entry.authors()).isEmpty();
  }

  @Test
  void aFamilyNameAloneIsTheName() {
    BibliographicEntry entry =
        reader
            .read("[{\"author\": [{\"family\": \"Plato\"}], \"issued\": {\"date-parts\": []}}]")
            .get(0);

    assertThat(entry.authors()).containsExactly("Plato");
    assertThat(entry.year()).isNull();
    assertThat(entry.problems()).isEmpty();
  }

  @Test
  void textThatIsNotJsonRefusesTheFile() {
    assertThatThrownBy(() -> reader.read("[{\"title\": "))
        .isInstanceOf(BibliographyException.class)
        .extracting(e -> ((BibliographyException) e).messageKey())
        .isEqualTo("publication.import.file.malformed");
    assertThatThrownBy(() -> reader.read("@article{a}")).isInstanceOf(BibliographyException.class);
  }

  @Test
  void aCrossrefEnvelopeGivesItsMessageAsTheWork() {
    BibliographicEntry work =
        reader.work(
            "{\"status\": \"ok\", \"message\": {\"title\": [\"Enveloped\"], \"DOI\": \"10.1/x\"}}");

    assertThat(work.title()).isEqualTo("Enveloped");
    assertThat(work.doi()).isEqualTo("10.1/x");
  }

  @Test
  void aWorkMustBeOneReadableItem() {
    assertThatThrownBy(() -> reader.work("[]")).isInstanceOf(BibliographyException.class);
    assertThatThrownBy(() -> reader.work("[{}, {}]")).isInstanceOf(BibliographyException.class);
    assertThatThrownBy(() -> reader.work("[\"x\"]")).isInstanceOf(BibliographyException.class);
    assertThatThrownBy(() -> reader.work("{\"message\": \"text\", \"issued\": \"soon\"}"))
        .isInstanceOf(BibliographyException.class);
    assertThat(reader.work("{\"message\": \"text\", \"title\": \"T\"}").title()).isEqualTo("T");
  }
}
