package org.institute.licensing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.core.Violation;
import org.institute.licensing.domain.PatentXml.Element;

/**
 * Reads WIPO ST.36 bibliographic data: every {@code patent-document} (or bare {@code
 * bibliographic-data}) in the file is one record, whatever element wraps them. From its {@code
 * bibliographic-data}: {@code publication-reference} and {@code application-reference} (each a
 * {@code document-id} of {@code country}, {@code doc-number}, {@code kind}, {@code date} as
 * YYYYMMDD), the first {@code priority-claim} of {@code priority-claims} (an application without
 * one is its own priority: the first filing), and every {@code invention-title} with its {@code
 * lang}. A publication whose kind code is a grant's (B, C, E, U, Y) gives the grant number and the
 * status GRANTED; any other publication the publication number and PUBLISHED; none, FILED.
 */
public final class St36Reader {

  static final Set<Character> GRANT_KINDS = Set.of('B', 'C', 'E', 'U', 'Y');

  public List<PatentRecord> read(byte[] content) {
    List<Element> documents =
        PatentXml.records(
            content, name -> name.equals("patent-document") || name.equals("bibliographic-data"));
    List<PatentRecord> records = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      records.add(record(i + 1, documents.get(i)));
    }
    return records;
  }

  private static PatentRecord record(int position, Element document) {
    Optional<Element> found =
        document.name().equals("bibliographic-data")
            ? Optional.of(document)
            : document.find("bibliographic-data");
    String documentKey = join(document.attribute("country"), document.attribute("doc-number"));
    if (found.isEmpty()) {
      return PatentRecord.malformed(
          position, documentKey, "licensing.import.record.noBibliographicData");
    }
    Element bib = found.get();
    List<Violation> problems = new ArrayList<>();
    Optional<Element> publication =
        bib.child("publication-reference").flatMap(r -> r.find("document-id"));
    Optional<Element> application =
        bib.child("application-reference").flatMap(r -> r.find("document-id"));
    String pubOffice =
        publication.map(d -> d.text("country")).orElse(document.attribute("country"));
    String pubNumber =
        publication.map(d -> d.text("doc-number")).orElse(document.attribute("doc-number"));
    String kind = publication.map(d -> d.text("kind")).orElse(document.attribute("kind"));
    String office = application.map(d -> d.text("country")).orElse(pubOffice);
    String number = application.map(d -> d.text("doc-number")).orElse(null);
    LocalDate filed =
        date(
            application.map(d -> d.text("date")).orElse(null),
            "applications[0].filingDate",
            problems);
    String key = number != null ? join(office, number) : join(pubOffice, pubNumber);
    if (application.isEmpty()) {
      return PatentRecord.malformed(
          position, key == null ? documentKey : key, "licensing.import.record.noApplication");
    }
    boolean granted =
        pubNumber != null && kind != null && GRANT_KINDS.contains(kind.trim().charAt(0));
    PatentRecord.Filing filing =
        new PatentRecord.Filing(
            office,
            number,
            filed,
            pubNumber != null && !granted ? pubNumber : null,
            granted ? pubNumber : null,
            granted ? "GRANTED" : pubNumber != null ? "PUBLISHED" : "FILED");
    PatentRecord.Claim claim =
        bib.child("priority-claims")
            .flatMap(
                claims ->
                    claims.all("priority-claim").stream()
                        .min(Comparator.comparing(St36Reader::sequence)))
            .map(
                c ->
                    new PatentRecord.Claim(
                        c.text("country"),
                        c.text("doc-number"),
                        date(c.text("date"), "priorityClaim.date", problems)))
            .orElse(new PatentRecord.Claim(office, number, filed));
    List<PatentRecord.Title> titles =
        bib.all("invention-title").stream()
            .filter(t -> !t.text().isEmpty())
            .map(t -> new PatentRecord.Title(t.attribute("lang"), t.text()))
            .toList();
    return new PatentRecord(position, key, claim, titles, List.of(filing), problems);
  }

  private static int sequence(Element claim) {
    String s = claim.attribute("sequence");
    try {
      return s == null ? Integer.MAX_VALUE : Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  static LocalDate date(String text, String field, List<Violation> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Optional<LocalDate> date = PatentXml.date(text);
    if (date.isEmpty()) {
      problems.add(new Violation(field, "licensing.import.date.invalid"));
    }
    return date.orElse(null);
  }

  static String join(String office, String number) {
    if (number == null) {
      return null;
    }
    return office == null ? number : office + " " + number;
  }
}
