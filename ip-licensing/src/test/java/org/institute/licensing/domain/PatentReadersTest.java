package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.institute.core.Violation;
import org.junit.jupiter.api.Test;

/** The three readers over the sample files the README shows, and their refusals. */
class PatentReadersTest {

  private static byte[] sample(String name) {
    try (InputStream in = PatentReadersTest.class.getResourceAsStream("/imports/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void st36GivesEachPatentDocumentWithItsPriorityTitlesAndStatus() {
    var records = new St36Reader().read(sample("st36-sample.xml"));

    assertThat(records).hasSize(3);
    PatentRecord cn = records.get(0);
    assertThat(cn.key()).isEqualTo("CN 202010123456.7");
    // no priority claim: the application is its own first filing
    assertThat(cn.priority())
        .isEqualTo(new PatentRecord.Claim("CN", "202010123456.7", LocalDate.of(2020, 9, 1)));
    assertThat(cn.titles())
        .containsExactly(
            new PatentRecord.Title("zh", "一种用于锂电池的固态电解质"),
            new PatentRecord.Title("en", "Solid-state electrolyte for lithium batteries"));
    assertThat(cn.filings())
        .containsExactly(
            new PatentRecord.Filing(
                "CN", "202010123456.7", LocalDate.of(2020, 9, 1), "112345678", null, "PUBLISHED"));
    assertThat(records.get(1).priority().number()).isEqualTo("202010123456.7");
    assertThat(records.get(1).filings().get(0).office()).isEqualTo("WO");
    assertThat(records.get(2).filings().get(0).grantNumber()).isEqualTo("11202101234X");
    assertThat(records.get(2).filings().get(0).status()).isEqualTo("GRANTED");
  }

  @Test
  void st36ReportsABadDateAndARecordWithoutApplicationAndReadsTheOthers() {
    String xml =
        "<patent-documents><patent-document><bibliographic-data>"
            + "<application-reference><document-id><country>CN</country>"
            + "<doc-number>1</doc-number><date>2020-13-45</date></document-id>"
            + "</application-reference><invention-title>T</invention-title>"
            + "</bibliographic-data></patent-document>"
            + "<patent-document country=\"CN\" doc-number=\"9\"><bibliographic-data>"
            + "<invention-title>T</invention-title></bibliographic-data></patent-document>"
            + "</patent-documents>";

    var records = new St36Reader().read(xml.getBytes(StandardCharsets.UTF_8));

    assertThat(records.get(0).problems())
        .contains(new Violation("applications[0].filingDate", "licensing.import.date.invalid"));
    assertThat(records.get(1).problems())
        .containsExactly(new Violation("record", "licensing.import.record.noApplication"));
  }

  @Test
  void anExternalEntityIsNeverResolved() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<patent-document><bibliographic-data><invention-title>&x;</invention-title>"
            + "</bibliographic-data></patent-document>";

    var records = new St36Reader().read(xml.getBytes(StandardCharsets.UTF_8));

    // the reference is reported, not replaced: the title stays empty, the file is never read
    assertThat(records).singleElement().satisfies(r -> assertThat(r.titles()).isEmpty());
  }

  @Test
  void st96GivesTheBibliographicCoreWhateverThePrefixes() {
    var records = new St96Reader().read(sample("st96-sample.xml"));

    assertThat(records).hasSize(2);
    assertThat(records.get(0).titles())
        .extracting(PatentRecord.Title::language)
        .containsExactly("zh", "en");
    assertThat(records.get(0).filings().get(0).publicationNumber()).isEqualTo("113456789");
    assertThat(records.get(1).priority())
        .isEqualTo(new PatentRecord.Claim("CN", "202110234567.8", LocalDate.of(2021, 3, 2)));
    assertThat(records.get(1).filings().get(0).grantNumber()).isEqualTo("11650001");
    assertThat(records.get(1).filings().get(0).applicationNumber()).isEqualTo("17/456,789");
  }

  @Test
  void theCsvTemplateGivesOneRecordPerRowWithQuotedCommasAndTheChineseTitle() {
    var records = new PatentCsvReader().read(sample("patents-template.csv"));

    assertThat(records).hasSize(4);
    assertThat(records.get(0).titles())
        .containsExactly(
            new PatentRecord.Title("en", "Hydrogen storage alloy with low hysteresis"),
            new PatentRecord.Title("zh", "低滞后储氢合金"));
    assertThat(records.get(2).titles().get(0).text())
        .isEqualTo("Biosensor for dengue, early detection");
    assertThat(records.get(2).priority().number()).isEqualTo("10202203456R");
  }

  @Test
  void aCsvWithoutTheTemplatesColumnsOrNotInUtf8IsRefused() {
    assertThatThrownBy(() -> new PatentCsvReader().read("a,b\n1,2\n".getBytes()))
        .isInstanceOfSatisfying(
            PatentFileException.class,
            e -> assertThat(e.messageKey()).isEqualTo("licensing.import.csv.header"));
    assertThatThrownBy(
            () -> new PatentCsvReader().read(new byte[] {'o', 'f', (byte) 0xC3, (byte) 0x28}))
        .isInstanceOfSatisfying(
            PatentFileException.class,
            e -> assertThat(e.messageKey()).isEqualTo("licensing.import.file.notUtf8"));
  }

  @Test
  void aCsvRowWithTooManyColumnsIsMalformedAndTheNextIsRead() {
    String csv =
        "office,application_number,filing_date,title\n"
            + "CN,1,2020-01-01,A,extra\n"
            + "SG,2,2020-01-02,B\n";

    var records = new PatentCsvReader().read(csv.getBytes(StandardCharsets.UTF_8));

    assertThat(records.get(0).problems())
        .containsExactly(new Violation("record", "licensing.import.csv.columns"));
    assertThat(records.get(1).problems()).isEmpty();
  }
}
