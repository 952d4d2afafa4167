package org.institute.talent.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.institute.core.InvalidCommandException;
import org.institute.talent.BulkEnrolment;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String refusal(byte[] csv) {
    try {
      CsvRows.parse(csv);
    } catch (InvalidCommandException e) {
      return e.violations().get(0).field() + ":" + e.violations().get(0).messageKey();
    }
    return "accepted";
  }

  @Test
  void rowsAreReadByTheirHeaderWithBlanksAsNothing() {
    List<CSVRecord> rows =
        CsvRows.parse(
            utf8("nameLatin,email,nameZh\n Tan Wei , tan@example.com ,  \nLi,li@x.cn,李\n"));

    assertThat(rows).hasSize(2);
    assertThat(CsvRows.value(rows.get(0), "nameLatin")).isEqualTo("Tan Wei");
    assertThat(CsvRows.value(rows.get(0), "email")).isEqualTo("tan@example.com");
    assertThat(CsvRows.value(rows.get(0), "nameZh")).isNull();
    assertThat(CsvRows.value(rows.get(1), "nameZh")).isEqualTo("李");
    assertThat(CsvRows.value(rows.get(1), "organisation")).isNull();
  }

  @Test
  void aShortRowHasNothingInItsMissingColumns() {
    List<CSVRecord> rows = CsvRows.parse(utf8("nameLatin,email,nameZh\nTan,tan@example.com\n"));

    assertThat(CsvRows.value(rows.get(0), "nameZh")).isNull();
    assertThat(CsvRows.value(rows.get(0), "email")).isEqualTo("tan@example.com");
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    List<CSVRecord> rows = CsvRows.parse(utf8("\uFEFFnameLatin,email\nTan,tan@example.com\n"));

    assertThat(CsvRows.value(rows.get(0), "nameLatin")).isEqualTo("Tan");
  }

  @Test
  void anEmptyFileOrOneWithoutRowsIsRefused() {
    assertThat(refusal(null)).isEqualTo("file:import.empty");
    assertThat(refusal(new byte[0])).isEqualTo("file:import.empty");
    assertThat(refusal(utf8("nameLatin,email\n\n"))).isEqualTo("file:import.empty");
  }

  @Test
  void theHeaderMustNameTheLatinNameAndTheEmail() {
    assertThat(refusal(utf8("name,email\nTan,tan@example.com\n"))).isEqualTo("file:import.header");
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() {
    assertThat(refusal(new byte[] {'n', 'a', (byte) 0xC3, (byte) 0x28}))
        .isEqualTo("file:import.notUtf8");
  }

  @Test
  void aFileIsAtMostEightMegabytes() {
    byte[] tooLarge = new byte[BulkEnrolment.MAX_BYTES + 1];
    assertThat(refusal(tooLarge)).isEqualTo("file:import.tooLarge");
    byte[] largest = new byte[BulkEnrolment.MAX_BYTES];
    assertThat(refusal(largest)).isNotEqualTo("file:import.tooLarge");
  }

  @Test
  void aFileHoldsAtMostTheMaximumNumberOfRows() {
    StringBuilder csv = new StringBuilder("nameLatin,email\n");
    for (int i = 0; i < BulkEnrolment.MAX_ROWS; i++) {
      csv.append("P,p").append(i).append("@x.org\n");
    }
    assertThat(CsvRows.parse(utf8(csv.toString()))).hasSize(BulkEnrolment.MAX_ROWS);
    csv.append("P,last@x.org\n");
    assertThat(refusal(utf8(csv.toString()))).isEqualTo("file:import.tooManyRows");
  }

  @Test
  void aMalformedFileIsUnreadable() {
    assertThat(refusal(utf8("nameLatin,email\n\"Tan,tan@example.com\n")))
        .isEqualTo("file:import.unreadable");
  }
}
