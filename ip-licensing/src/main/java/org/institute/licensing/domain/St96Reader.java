package org.institute.licensing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.institute.core.Violation;
import org.institute.licensing.domain.PatentXml.Element;

/**
 * Reads the bibliographic core of WIPO ST.96 patent XML, whatever the namespace prefixes: every
 * outermost element whose local name ends in {@code BibliographicData} ({@code
 * PatentBibliographicData} in publications and grants) is one record. From it: {@code
 * ApplicationIdentification} ({@code IPOfficeCode}, {@code
 * ApplicationNumber/ApplicationNumberText}, {@code FilingDate}), {@code
 * PatentPublicationIdentification} ({@code PublicationNumber}, {@code PatentDocumentKindCode}),
 * {@code PatentGrantIdentification} ({@code PatentNumber}), the first {@code PriorityClaim} of
 * {@code PriorityClaimBag} and every {@code InventionTitle} with its {@code languageCode}. Dates
 * are ISO (YYYY-MM-DD); YYYYMMDD is read too. Parties, classifications and the rest of ST.96 are
 * not read.
 */
public final class St96Reader {

  public List<PatentRecord> read(byte[] content) {
    List<Element> found = PatentXml.records(content, name -> name.endsWith("BibliographicData"));
    List<PatentRecord> records = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      records.add(record(i + 1, found.get(i)));
    }
    return records;
  }

  private static PatentRecord record(int position, Element bib) {
    List<Violation> problems = new ArrayList<>();
    Optional<Element> application = bib.find("ApplicationIdentification");
    Optional<Element> publication = bib.find("PatentPublicationIdentification");
    Optional<Element> grant = bib.find("PatentGrantIdentification");
    String office = application.map(a -> a.text("IPOfficeCode")).orElse(null);
    String number = application.map(St96Reader::applicationNumber).orElse(null);
    String pubNumber = publication.map(p -> p.text("PublicationNumber")).orElse(null);
    String grantNumber = grant.map(g -> g.text("PatentNumber")).orElse(null);
    String kind = publication.map(p -> p.text("PatentDocumentKindCode")).orElse(null);
    if (grantNumber == null
        && pubNumber != null
        && kind != null
        && St36Reader.GRANT_KINDS.contains(kind.trim().charAt(0))) {
      grantNumber = pubNumber;
      pubNumber = null;
    }
    String key =
        number != null
            ? St36Reader.join(office, number)
            : St36Reader.join(publication.map(p -> p.text("IPOfficeCode")).orElse(null), pubNumber);
    if (application.isEmpty()) {
      return PatentRecord.malformed(
          position, key == null ? "#" + position : key, "licensing.import.record.noApplication");
    }
    LocalDate filed =
        St36Reader.date(
            application.get().text("FilingDate"), "applications[0].filingDate", problems);
    PatentRecord.Filing filing =
        new PatentRecord.Filing(
            office,
            number,
            filed,
            pubNumber,
            grantNumber,
            grantNumber != null ? "GRANTED" : pubNumber != null ? "PUBLISHED" : "FILED");
    PatentRecord.Claim claim =
        bib.find("PriorityClaimBag")
            .flatMap(
                bag ->
                    bag.all("PriorityClaim").stream()
                        .min(Comparator.comparing(St96Reader::sequence)))
            .map(
                c ->
                    new PatentRecord.Claim(
                        c.text("IPOfficeCode"),
                        applicationNumber(c),
                        St36Reader.date(c.text("FilingDate"), "priorityClaim.date", problems)))
            .orElse(new PatentRecord.Claim(office, number, filed));
    List<PatentRecord.Title> titles = new ArrayList<>();
    collectTitles(bib, titles);
    return new PatentRecord(position, key, claim, titles, List.of(filing), problems);
  }

  private static void collectTitles(Element element, List<PatentRecord.Title> titles) {
    for (Element child : element.children()) {
      if (child.name().equals("InventionTitle")) {
        if (!child.text().isEmpty()) {
          titles.add(new PatentRecord.Title(child.attribute("languageCode"), child.text()));
        }
      } else {
        collectTitles(child, titles);
      }
    }
  }

  private static String applicationNumber(Element e) {
    return e.child("ApplicationNumber")
        .map(n -> n.text("ApplicationNumberText") != null ? n.text("ApplicationNumberText") : null)
        .orElse(e.text("ApplicationNumberText"));
  }

  private static int sequence(Element claim) {
    String s = claim.attribute("sequenceNumber");
    try {
      return s == null ? Integer.MAX_VALUE : Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}
