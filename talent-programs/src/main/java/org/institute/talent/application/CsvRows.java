package org.institute.talent.application;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.institute.core.InvalidCommandException;
import org.institute.talent.BulkEnrolment;

/** Reads a bulk enrolment file: UTF-8 (a byte order mark allowed), a header, bounded size. */
final class CsvRows {

  private CsvRows() {}

  static String value(CSVRecord r, String column) {
    if (!r.isMapped(column) || !r.isSet(column)) {
      return null;
    }
    String v = r.get(column);
    return v == null || v.isBlank() ? null : v.trim();
  }

  static List<CSVRecord> parse(byte[] csv) {
    if (csv == null || csv.length == 0) {
      throw InvalidCommandException.of("file", "import.empty");
    }
    if (csv.length > BulkEnrolment.MAX_BYTES) {
      throw InvalidCommandException.of("file", "import.tooLarge");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(csv))
              .toString();
    } catch (CharacterCodingException e) {
      throw InvalidCommandException.of("file", "import.notUtf8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setAllowMissingColumnNames(true)
            .get();
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      if (!parser.getHeaderNames().containsAll(List.of("nameLatin", "email"))) {
        throw InvalidCommandException.of("file", "import.header");
      }
      List<CSVRecord> records = new ArrayList<>();
      for (CSVRecord r : parser) {
        records.add(r);
        if (records.size() > BulkEnrolment.MAX_ROWS) {
          throw InvalidCommandException.of("file", "import.tooManyRows");
        }
      }
      if (records.isEmpty()) {
        throw InvalidCommandException.of("file", "import.empty");
      }
      return records;
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw InvalidCommandException.of("file", "import.unreadable");
    }
  }
}
