package org.institute.web.platform.json;

import jakarta.json.JsonObject;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Checks a JSON object against the record it is about to be bound to, with {@link JsonFields}: a
 * field the record does not have, or a value of the wrong JSON type for its component, is a
 * violation naming the field (nested ones as {@code terms.title} or {@code owners[1].partnerId}),
 * with the same codes as the bodies read field by field: text, whole and decimal numbers, truth
 * values, dates, enumerations (with the allowed values), partner ids, nested records and lists of
 * them. Other components are left to JSON-B, which refuses what it cannot bind as a malformed body.
 */
final class RecordFields {
  private RecordFields() {}

  /** Throws every problem of the body at once, or returns when the record can be bound. */
  static void check(JsonObject body, Class<?> type) {
    JsonFields fields = JsonFields.of(body, names(type));
    read(fields, type);
    fields.done();
  }

  private static void read(JsonFields fields, Class<?> type) {
    for (RecordComponent c : type.getRecordComponents()) {
      read(fields, c.getName(), c.getType(), c.getGenericType());
    }
  }

  private static void read(JsonFields fields, String name, Class<?> type, Type generic) {
    if (type == String.class) {
      fields.string(name, Integer.MAX_VALUE);
    } else if (type == Long.class || type == long.class) {
      fields.longValue(name, Long.MIN_VALUE, Long.MAX_VALUE);
    } else if (type == Integer.class || type == int.class) {
      fields.longValue(name, Integer.MIN_VALUE, Integer.MAX_VALUE);
    } else if (type == Boolean.class || type == boolean.class) {
      fields.bool(name);
    } else if (type == LocalDate.class) {
      fields.date(name);
    } else if (type == java.math.BigDecimal.class || type == Double.class || type == double.class) {
      fields.decimal(name);
    } else if (type == org.institute.core.PartnerId.class) {
      fields.longValue(name, 1, Long.MAX_VALUE);
    } else if (type.isEnum()) {
      enumValue(fields, name, type);
    } else if (type.isRecord()) {
      JsonFields nested = fields.object(name, names(type));
      if (nested != null) {
        read(nested, type);
      }
    } else if (Collection.class.isAssignableFrom(type)) {
      items(fields, name, generic);
    }
  }

  private static void items(JsonFields fields, String name, Type generic) {
    Class<?> item =
        generic instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> c
            ? c
            : Object.class;
    if (item == Long.class) {
      fields.longs(name, Integer.MAX_VALUE);
    } else if (item == String.class) {
      fields.strings(name, Integer.MAX_VALUE, Integer.MAX_VALUE);
    } else if (item.isEnum()) {
      enumSet(fields, name, item);
    } else if (item.isRecord()) {
      List<JsonFields> objects = fields.objects(name, Integer.MAX_VALUE, names(item));
      if (objects != null) {
        objects.forEach(o -> read(o, item));
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void enumValue(JsonFields fields, String name, Class<?> type) {
    fields.enumValue(name, (Class) type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void enumSet(JsonFields fields, String name, Class<?> type) {
    fields.enumSet(name, (Class) type);
  }

  private static String[] names(Class<?> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getName)
        .toArray(String[]::new);
  }
}
