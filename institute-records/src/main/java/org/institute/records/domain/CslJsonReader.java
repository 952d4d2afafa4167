package org.institute.records.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.institute.core.Jsonp;

/**
 * Reads CSL-JSON (the Citation Style Language's data format, as Zotero and Crossref write it): an
 * array of items, or one item. Of each item: {@code id}, {@code title}, {@code author} (each with
 * {@code family} and {@code given}, or {@code literal}), {@code container-title} (a string or, as
 * Crossref writes it, a list whose first string counts), {@code issued} ({@code date-parts}, or
 * {@code raw}/{@code literal} text), {@code DOI} and {@code language}. An item that is not an
 * object is reported as malformed; a file that is not JSON refuses the whole file.
 */
public final class CslJsonReader {

  public static final String NOT_AN_ITEM = "publication.import.entry.malformed";

  public List<BibliographicEntry> read(String text) {
    JsonStructure json;
    try (JsonReader reader = Jsonp.reader(new StringReader(text))) {
      json = reader.read();
    } catch (JsonException | IllegalStateException e) {
      throw new BibliographyException("publication.import.file.malformed", "not JSON");
    }
    List<JsonValue> items =
        json.getValueType() == JsonValue.ValueType.ARRAY ? (JsonArray) json : List.of(json);
    List<BibliographicEntry> entries = new ArrayList<>();
    for (JsonValue item : items) {
      int position = entries.size() + 1;
      entries.add(
          item.getValueType() == JsonValue.ValueType.OBJECT
              ? entry(position, item.asJsonObject())
              : BibliographicEntry.unreadable(position, null, NOT_AN_ITEM));
    }
    return entries;
  }

  /**
   * One work as a DOI service describes it: Crossref's envelope {@code {"status": "ok", "message":
   * {...}}}, whose message is a CSL-like item, or a CSL-JSON item itself.
   */
  public BibliographicEntry work(String text) {
    List<BibliographicEntry> entries = read(text);
    if (entries.size() != 1 || !entries.get(0).problems().isEmpty()) {
      throw new BibliographyException("publication.import.file.malformed", "not one work");
    }
    return entries.get(0);
  }

  private static JsonObject unwrap(JsonObject item) {
    JsonValue message = item.get("message");
    return message != null && message.getValueType() == JsonValue.ValueType.OBJECT
        ? message.asJsonObject()
        : item;
  }

  private static BibliographicEntry entry(int position, JsonObject envelope) {
    JsonObject item = unwrap(envelope);
    List<String> problems = new ArrayList<>();
    String title = EntryFields.clean(firstText(item.get("title")));
    String issuedText = issued(item.get("issued"));
    Integer year = EntryFields.year(issuedText);
    if (issuedText != null && year == null) {
      problems.add(EntryFields.YEAR_INVALID);
    }
    return new BibliographicEntry(
        position,
        EntryFields.clean(firstText(item.get("id"))),
        title,
        TitleLanguage.of(firstText(item.get("language")), title),
        authors(item.get("author")),
        EntryFields.clean(firstText(item.get("container-title"))),
        year,
        EntryFields.clean(firstText(item.get("DOI"))),
        problems);
  }

  private static List<String> authors(JsonValue value) {
    List<String> authors = new ArrayList<>();
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      return authors;
    }
    for (JsonValue author : value.asJsonArray()) {
      if (author.getValueType() != JsonValue.ValueType.OBJECT) {
        continue;
      }
      JsonObject name = author.asJsonObject();
      String literal = EntryFields.clean(firstText(name.get("literal")));
      String family = EntryFields.clean(firstText(name.get("family")));
      String given = EntryFields.clean(firstText(name.get("given")));
      if (literal != null) {
        authors.add(literal);
      } else if (family != null) {
        authors.add(given == null ? family : family + ", " + given);
      }
    }
    return authors;
  }

  /** The year's text: the first date-part, or the raw or literal date. */
  private static String issued(JsonValue value) {
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      return firstText(value);
    }
    JsonObject issued = value.asJsonObject();
    JsonValue parts = issued.get("date-parts");
    if (parts != null
        && parts.getValueType() == JsonValue.ValueType.ARRAY
        && !parts.asJsonArray().isEmpty()) {
      String first = firstText(parts.asJsonArray().get(0));
      if (first != null) {
        return first;
      }
    }
    String raw = firstText(issued.get("raw"));
    return raw != null ? raw : firstText(issued.get("literal"));
  }

  /** A string or number as text; of a list, its first such value; anything else null. */
  private static String firstText(JsonValue value) {
    if (value == null) {
      return null;
    }
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> ((JsonNumber) value).toString();
      case ARRAY -> value.asJsonArray().isEmpty() ? null : firstText(value.asJsonArray().get(0));
      default -> null;
    };
  }
}
