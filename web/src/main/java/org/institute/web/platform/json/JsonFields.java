package org.institute.web.platform.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;

/**
 * Reads a JSON request body field by field, collecting every problem (unknown field, wrong type,
 * value out of range) so that the client gets all of them in one 400, each naming its field. A
 * missing field and JSON {@code null} both read as null; the use case decides what is required.
 */
public final class JsonFields {

  private final JsonObject body;
  private final List<Violation> problems = new ArrayList<>();

  /** What a refused field takes, where its message alone does not say (the allowed values). */
  private final Map<String, String> expected = new LinkedHashMap<>();

  private JsonFields(JsonObject body) {
    this.body = body;
  }

  /** Refuses a missing body outright and notes every field not in {@code known}. */
  public static JsonFields of(JsonStructure body, String... known) {
    if (body == null) {
      throw InvalidCommandException.of(null, "body.required");
    }
    if (!(body instanceof JsonObject object)) {
      throw InvalidCommandException.of(null, "body.notObject");
    }
    JsonFields fields = new JsonFields(object);
    Set<String> allowed = Set.of(known);
    object.keySet().stream()
        .filter(k -> !allowed.contains(k))
        .sorted()
        .forEach(k -> fields.problems.add(new Violation(clip(k), "field.unknown")));
    return fields;
  }

  public boolean has(String field) {
    return body.containsKey(field) && body.get(field).getValueType() != JsonValue.ValueType.NULL;
  }

  public String string(String field, int maxLength) {
    if (!has(field)) {
      return null;
    }
    if (!(body.get(field) instanceof JsonString s)) {
      return wrong(field, "field.notText");
    }
    String value = s.getString();
    if (value.length() > maxLength) {
      return wrong(field, "field.tooLong");
    }
    if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
      return wrong(field, "field.controlCharacters");
    }
    return value;
  }

  public Long longValue(String field, long min, long max) {
    if (!has(field)) {
      return null;
    }
    if (!(body.get(field) instanceof JsonNumber n) || !n.isIntegral()) {
      return wrong(field, "field.notInteger");
    }
    BigDecimal value = n.bigDecimalValue();
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      return wrong(field, "field.outOfRange");
    }
    return value.longValueExact();
  }

  public Boolean bool(String field) {
    if (!has(field)) {
      return null;
    }
    JsonValue v = body.get(field);
    if (v.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (v.getValueType() == JsonValue.ValueType.FALSE) {
      return false;
    }
    return wrong(field, "field.notBoolean");
  }

  public LocalDate date(String field) {
    String text = string(field, 10);
    if (text == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.getYear() < 1900 || date.getYear() > 2200) {
        return wrong(field, "date.outOfRange");
      }
      return date;
    } catch (DateTimeParseException e) {
      return wrong(field, "date.invalid");
    }
  }

  public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    String text = string(field, 64);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      return notAllowed(field, type);
    }
  }

  /**
   * A decimal number: a JSON number, or text that is one ({@code "1200.50"}), as JSON-B binds
   * decimals; anything else is refused naming the field ({@code field.notNumber}).
   */
  public BigDecimal decimal(String field) {
    if (!has(field)) {
      return null;
    }
    JsonValue value = body.get(field);
    if (value instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    if (value instanceof JsonString s && s.getString().length() <= 40) {
      try {
        return new BigDecimal(s.getString().trim());
      } catch (NumberFormatException notANumber) {
        return wrong(field, "field.notNumber");
      }
    }
    return wrong(field, "field.notNumber");
  }

  private <T, E extends Enum<E>> T notAllowed(String field, Class<E> type) {
    expect(
        prefix + field,
        "one of "
            + java.util.Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
    return wrong(field, "field.notAllowedValue");
  }

  private void expect(String field, String form) {
    if (parent != null) {
      parent.expect(field, form);
    } else {
      expected.putIfAbsent(field, form);
    }
  }

  public <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type) {
    JsonArray array = array(field, 50);
    if (array == null) {
      return null;
    }
    Set<E> values = EnumSet.noneOf(type);
    for (JsonValue v : array) {
      if (!(v instanceof JsonString s)) {
        return notAllowed(field, type);
      }
      try {
        values.add(Enum.valueOf(type, s.getString()));
      } catch (IllegalArgumentException e) {
        return notAllowed(field, type);
      }
    }
    return values;
  }

  public List<Long> longs(String field, int maxItems) {
    JsonArray array = array(field, maxItems);
    if (array == null) {
      return null;
    }
    List<Long> values = new ArrayList<>();
    for (JsonValue v : array) {
      if (!(v instanceof JsonNumber n)
          || !n.isIntegral()
          || n.bigDecimalValue().signum() <= 0
          || n.bigDecimalValue().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
        return wrong(field, "field.notInteger");
      }
      values.add(n.longValueExact());
    }
    return values;
  }

  /** An array of texts, each at most {@code maxLength} long; null when absent. */
  public List<String> strings(String field, int maxItems, int maxLength) {
    JsonArray array = array(field, maxItems);
    if (array == null) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (JsonValue v : array) {
      if (!(v instanceof JsonString s)) {
        return wrong(field, "field.notText");
      }
      if (s.getString().length() > maxLength) {
        return wrong(field, "field.tooLong");
      }
      values.add(s.getString());
    }
    return values;
  }

  /** A nested object, read with the given known fields; null when absent. */
  public JsonFields object(String field, String... known) {
    if (!has(field)) {
      return null;
    }
    if (!(body.get(field) instanceof JsonObject o)) {
      return wrong(field, "field.notObject");
    }
    return nested(of(o, known), field + ".");
  }

  /** The items of an array of objects, each read with the given known fields; null when absent. */
  public List<JsonFields> objects(String field, int maxItems, String... known) {
    JsonArray array = array(field, maxItems);
    if (array == null) {
      return null;
    }
    List<JsonFields> items = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonObject o)) {
        return wrong(field, "field.notObject");
      }
      items.add(nested(of(o, known), field + "[" + i + "]."));
    }
    return items;
  }

  private JsonFields nested(JsonFields item, String relative) {
    String prefix = this.prefix + relative;
    item.problems.forEach(p -> report(new Violation(prefix + p.field(), p.messageKey())));
    item.problems.clear();
    item.prefix = prefix;
    item.parent = this;
    return item;
  }

  private String prefix = "";
  private JsonFields parent;

  private JsonArray array(String field, int maxItems) {
    if (!has(field)) {
      return null;
    }
    if (!(body.get(field) instanceof JsonArray array)) {
      return wrong(field, "field.notList");
    }
    if (array.size() > maxItems) {
      return wrong(field, "field.tooMany");
    }
    return array;
  }

  private <T> T wrong(String field, String key) {
    report(new Violation(prefix + field, key));
    return null;
  }

  /** Problems of nested objects are kept by the outermost reader, which throws them all. */
  private void report(Violation v) {
    if (parent != null) {
      parent.report(v);
    } else {
      problems.add(v);
    }
  }

  /** Notes that a field's value, though of the right JSON type, is not one the reader takes. */
  public void reject(String field, String messageKey) {
    report(new Violation(prefix + field, messageKey));
  }

  /** Notes a violation when a required field is missing or null. */
  public void required(String... fields) {
    for (String field : fields) {
      if (!has(field)) {
        report(new Violation(prefix + field, "field.required"));
      }
    }
  }

  /** Throws every problem found so far, if any. Call after reading all fields. */
  public void done() {
    if (!problems.isEmpty()) {
      throw new RefusedFields(problems, expected);
    }
  }

  private static String clip(String s) {
    return s.length() > 64 ? s.substring(0, 64) + "…" : s;
  }
}
