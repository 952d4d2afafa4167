package org.institute.licensing.domain;

import java.time.LocalDate;
import java.util.List;
import org.institute.core.Violation;

/**
 * One record of a patent file as a reader found it, before any rule: its place in the file (1 for
 * the first), a key that names it to a person (its publication or application number, or its CSV
 * line), the priority claim the family is known by, its titles with their language tags, its
 * filings, and what could not be read (field and message key). Values are as written; {@link
 * PatentImportPlan} decides what they mean.
 */
public record PatentRecord(
    int position,
    String key,
    Claim priority,
    List<Title> titles,
    List<Filing> filings,
    List<Violation> problems) {

  /** The field of a problem that spoils the whole record. */
  public static final String RECORD = "record";

  public PatentRecord {
    titles = List.copyOf(titles);
    filings = List.copyOf(filings);
    problems = List.copyOf(problems);
  }

  /** A record that could not be read at all, with its reason. */
  public static PatentRecord malformed(int position, String key, String messageKey) {
    return new PatentRecord(
        position, key, null, List.of(), List.of(), List.of(new Violation(RECORD, messageKey)));
  }

  /** A priority claim: the office (WIPO ST.3 code), the number and the date of the first filing. */
  public record Claim(String office, String number, LocalDate date) {}

  /** A title and its BCP 47 language tag (null when the file gives none). */
  public record Title(String language, String text) {}

  /**
   * One application of the family: office (WIPO ST.3 code), application number, filing date,
   * publication and grant numbers and the status as written (null when the format implies it).
   */
  public record Filing(
      String office,
      String applicationNumber,
      LocalDate filingDate,
      String publicationNumber,
      String grantNumber,
      String status) {}
}
