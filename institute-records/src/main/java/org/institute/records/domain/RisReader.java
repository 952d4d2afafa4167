package org.institute.records.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RIS (Research Information Systems) as reference managers export it: a record runs from
 * {@code TY - } to {@code ER - }; each line is a two-character tag, two spaces, a hyphen and the
 * value; a line without a tag continues the value before it. Titles come from {@code TI} or {@code
 * T1}, authors from {@code AU} or {@code A1} (one per line), the venue from {@code T2}, {@code JO},
 * {@code JF} or {@code JA}, the year from {@code PY} or {@code Y1}, the DOI from {@code DO}, the
 * language from {@code LA} and the key from {@code ID}. A record that is not closed by {@code ER},
 * or a tag outside any record, is reported as malformed; the other records are still read.
 */
public final class RisReader {

  public static final String UNTERMINATED = "publication.import.entry.unterminated";
  public static final String OUTSIDE = "publication.import.entry.outsideRecord";

  private static final Pattern LINE = Pattern.compile("([A-Z][A-Z0-9])  -(?: (.*))?");

  public List<BibliographicEntry> read(String text) {
    List<BibliographicEntry> entries = new ArrayList<>();
    Record record = null;
    boolean strayReported = false;
    for (String line : text.split("\\r\\n|\\r|\\n")) {
      Matcher m = LINE.matcher(line.stripTrailing());
      if (!m.matches()) {
        if (record != null && !line.isBlank()) {
          record.continueLast(line.trim());
        }
        continue;
      }
      String tag = m.group(1);
      String value = m.group(2) == null ? "" : m.group(2).trim();
      if (tag.equals("TY")) {
        if (record != null) {
          entries.add(record.entry(entries.size() + 1, UNTERMINATED));
        }
        record = new Record();
        strayReported = false;
      } else if (tag.equals("ER")) {
        if (record != null) {
          entries.add(record.entry(entries.size() + 1, null));
          record = null;
        }
      } else if (record != null) {
        record.add(tag, value);
      } else if (!strayReported) {
        entries.add(BibliographicEntry.unreadable(entries.size() + 1, null, OUTSIDE));
        strayReported = true;
      }
    }
    if (record != null) {
      entries.add(record.entry(entries.size() + 1, UNTERMINATED));
    }
    return entries;
  }

  /** The tags of one record as read so far. */
  private static final class Record {
    private final List<String> authors = new ArrayList<>();
    private String key;
    private String title;
    private String venue;
    private String journalAbbreviation;
    private String year;
    private String doi;
    private String language;
    private String lastTag;

    void add(String tag, String value) {
      lastTag = tag;
      switch (tag) {
        case "ID" -> key = first(key, value);
        case "TI", "T1" -> title = first(title, value);
        case "AU", "A1" -> authors.add(value);
        case "T2", "JO", "JF" -> venue = first(venue, value);
        case "JA", "J2" -> journalAbbreviation = first(journalAbbreviation, value);
        case "PY", "Y1", "DA" -> year = first(year, value);
        case "DO" -> doi = first(doi, value);
        case "LA" -> language = first(language, value);
        default -> lastTag = null;
      }
    }

    void continueLast(String more) {
      if ("TI".equals(lastTag) || "T1".equals(lastTag)) {
        title = title + " " + more;
      } else if ("T2".equals(lastTag) || "JO".equals(lastTag) || "JF".equals(lastTag)) {
        venue = venue + " " + more;
      }
    }

    BibliographicEntry entry(int position, String problem) {
      List<String> problems = new ArrayList<>();
      if (problem != null) {
        problems.add(problem);
      }
      Integer readYear = EntryFields.year(year);
      if (EntryFields.clean(year) != null && readYear == null) {
        problems.add(EntryFields.YEAR_INVALID);
      }
      String cleanTitle = EntryFields.clean(title);
      List<String> names = new ArrayList<>();
      for (String author : authors) {
        String name = EntryFields.clean(author);
        if (name != null) {
          names.add(name);
        }
      }
      return new BibliographicEntry(
          position,
          EntryFields.clean(key),
          cleanTitle,
          TitleLanguage.of(language, cleanTitle),
          names,
          EntryFields.clean(venue != null ? venue : journalAbbreviation),
          readYear,
          EntryFields.clean(doi),
          problems);
    }

    private static String first(String current, String value) {
      return current != null || value.isEmpty() ? current : value;
    }
  }
}
