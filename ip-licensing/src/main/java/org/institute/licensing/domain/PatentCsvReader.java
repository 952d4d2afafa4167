package org.institute.licensing.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.institute.core.Violation;

/**
 * Reads the institute's CSV template (RFC 4180, UTF-8, a byte order mark allowed): a header row
 * naming {@link #COLUMNS} in any order, then one application per row. Rows with the same priority
 * claim make one family. Dates are YYYY-MM-DD (YYYYMMDD is read too); {@code status} is one of
 * FILED, PUBLISHED, GRANTED, LAPSED, ABANDONED; {@code title_lang} is the BCP 47 tag of {@code
 * title}, and {@code title_zh} an optional Chinese title.
 */
public final class PatentCsvReader {

  /** The template's columns, in the template's order. */
  public static final List<String> COLUMNS =
      List.of(
          "priority_office",
          "priority_number",
          "priority_date",
          "office",
          "application_number",
          "filing_date",
          "publication_number",
          "grant_number",
          "status",
          "title",
          "title_lang",
          "title_zh");

  /** The columns a file must have; the others may be left out. */
  static final List<String> REQUIRED =
      List.of("office", "application_number", "filing_date", "title");

  public List<PatentRecord> read(byte[] content) {
    String text = decode(content);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setAllowMissingColumnNames(true)
            .get();
    List<PatentRecord> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Map<String, Integer> header = parser.getHeaderMap();
      for (String required : REQUIRED) {
        if (header == null || header.keySet().stream().noneMatch(h -> named(h, required))) {
          throw new PatentFileException("licensing.import.csv.header", 1);
        }
      }
      int position = 0;
      for (CSVRecord row : parser) {
        position++;
        records.add(record(position, row, header));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      throw new PatentFileException("licensing.import.csv.malformed", 0);
    }
    return records;
  }

  private static PatentRecord record(int position, CSVRecord row, Map<String, Integer> header) {
    String line = "line " + (row.getRecordNumber() + 1);
    if (!row.isConsistent()) {
      return PatentRecord.malformed(position, line, "licensing.import.csv.columns");
    }
    List<Violation> problems = new ArrayList<>();
    String office = value(row, header, "office");
    String number = value(row, header, "application_number");
    LocalDate filed =
        St36Reader.date(value(row, header, "filing_date"), "applications[0].filingDate", problems);
    String priorityNumber = value(row, header, "priority_number");
    PatentRecord.Claim claim =
        priorityNumber == null
            ? new PatentRecord.Claim(office, number, filed)
            : new PatentRecord.Claim(
                value(row, header, "priority_office"),
                priorityNumber,
                St36Reader.date(
                    value(row, header, "priority_date"), "priorityClaim.date", problems));
    List<PatentRecord.Title> titles = new ArrayList<>();
    String title = value(row, header, "title");
    if (title != null) {
      titles.add(new PatentRecord.Title(value(row, header, "title_lang"), title));
    }
    String titleZh = value(row, header, "title_zh");
    if (titleZh != null) {
      titles.add(new PatentRecord.Title("zh", titleZh));
    }
    PatentRecord.Filing filing =
        new PatentRecord.Filing(
            office,
            number,
            filed,
            value(row, header, "publication_number"),
            value(row, header, "grant_number"),
            value(row, header, "status"));
    String key = number == null ? line : St36Reader.join(office, number);
    return new PatentRecord(position, key, claim, titles, List.of(filing), problems);
  }

  private static String value(CSVRecord row, Map<String, Integer> header, String column) {
    for (Map.Entry<String, Integer> h : header.entrySet()) {
      if (named(h.getKey(), column) && h.getValue() < row.size()) {
        String v = row.get(h.getValue());
        return v == null || v.isBlank() ? null : v.trim();
      }
    }
    return null;
  }

  private static boolean named(String header, String column) {
    return header != null
        && header
            .strip()
            .replace('-', '_')
            .replace(' ', '_')
            .toLowerCase(Locale.ROOT)
            .equals(column);
  }

  /** UTF-8 with or without its byte order mark; anything that is not UTF-8 refuses the file. */
  static String decode(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new PatentFileException("licensing.import.file.notUtf8", 0);
    }
  }
}
