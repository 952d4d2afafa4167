package org.institute.licensing.domain;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The XML side of the patent readers: the file is read once with the JDK's StAX parser, with no DTD
 * and no external entity (patent offices' files name their DTD; it is never fetched), and every
 * element the record test accepts becomes a small tree of local names, attributes and text.
 * Namespaces are ignored: ST.36 has none, ST.96 files use prefixes that vary between offices.
 */
final class PatentXml {

  /** Refused files: not XML, or not well-formed from some line on. */
  static final String NOT_XML = "licensing.import.file.notXml";

  private PatentXml() {}

  /** An element: local name, attributes by local name, trimmed text and children in order. */
  record Element(String name, Map<String, String> attributes, String text, List<Element> children) {

    Optional<Element> child(String local) {
      return children.stream().filter(c -> c.name.equals(local)).findFirst();
    }

    List<Element> all(String local) {
      return children.stream().filter(c -> c.name.equals(local)).toList();
    }

    /** The first descendant (depth first) with this local name. */
    Optional<Element> find(String local) {
      for (Element c : children) {
        if (c.name.equals(local)) {
          return Optional.of(c);
        }
        Optional<Element> below = c.find(local);
        if (below.isPresent()) {
          return below;
        }
      }
      return Optional.empty();
    }

    /** The text of the child with this local name, blank as null. */
    String text(String local) {
      return child(local).map(Element::text).filter(t -> !t.isEmpty()).orElse(null);
    }

    String attribute(String local) {
      String value = attributes.get(local);
      return value == null || value.isBlank() ? null : value.trim();
    }
  }

  /**
   * Every element for which {@code isRecord} holds, outermost only, in file order.
   *
   * @throws PatentFileException when the bytes are not well-formed XML
   */
  static List<Element> records(byte[] content, Predicate<String> isRecord) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    List<Element> found = new ArrayList<>();
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
      Deque<Building> open = new ArrayDeque<>();
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String local = reader.getLocalName();
          if (!open.isEmpty() || isRecord.test(local)) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
              attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
            open.push(new Building(local, attributes));
          }
        } else if ((event == XMLStreamConstants.CHARACTERS
                || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE)
            && !open.isEmpty()) {
          open.peek().text.append(reader.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT && !open.isEmpty()) {
          Building done = open.pop();
          Element element = done.build();
          if (open.isEmpty()) {
            found.add(element);
          } else {
            open.peek().children.add(element);
            open.peek().text.append(done.text);
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw new PatentFileException(NOT_XML, line(e));
    } finally {
      close(reader);
    }
    return found;
  }

  private static int line(Exception e) {
    return e instanceof XMLStreamException x && x.getLocation() != null
        ? x.getLocation().getLineNumber()
        : 0;
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // nothing was held but the bytes
      }
    }
  }

  /** A date as YYYYMMDD (ST.36) or YYYY-MM-DD (ST.96, CSV); empty when it is neither. */
  static Optional<LocalDate> date(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.trim();
    try {
      return Optional.of(
          t.length() == 8
              ? LocalDate.parse(t, DateTimeFormatter.BASIC_ISO_DATE)
              : LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static final class Building {
    final String name;
    final Map<String, String> attributes;
    final StringBuilder text = new StringBuilder();
    final List<Element> children = new ArrayList<>();

    Building(String name, Map<String, String> attributes) {
      this.name = name;
      this.attributes = attributes;
    }

    Element build() {
      return new Element(
          name, attributes, text.toString().strip().replaceAll("\\s+", " "), List.copyOf(children));
    }
  }
}
