package org.institute.web.platform.openapi;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Which fields of an answer are always there (decision 0105). JSON-B leaves out a component that is
 * null, so a schema read only in answers marks as {@code required} the components that cannot be
 * null: primitives, collections (the records copy them, never null) and the few others every record
 * of that kind has ({@link #ALWAYS}); the other components are {@code nullable}: absent or null
 * when the record has no value. Schemas that are also request bodies are left as the resources
 * declare them, since a client leaves out what it does not send.
 */
final class AnswerFields {

  /**
   * Reference-typed components that are never null where they appear in an answer, by name or by
   * {@code Schema.component}: a record's identity (code, name, kind, state) and its currency.
   */
  static final Set<String> ALWAYS =
      Set.of(
          "state",
          "currency",
          "code",
          "nameEn",
          "kind",
          "username",
          "Token.access_token",
          "Token.token_type");

  private AnswerFields() {}

  /**
   * @param methods the resource methods of the operations, whose answer types lead to the records
   */
  static void mark(OpenAPI api, Collection<Method> methods) {
    Map<String, List<Class<?>>> records = records(methods);
    Set<String> answers = reached(api, true);
    answers.removeAll(reached(api, false));
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    for (String name : answers) {
      Schema schema = schemas.get(name);
      if (schema == null || schema.getProperties() == null) {
        continue;
      }
      Class<?> record = record(name, schema, records);
      if (record == null) {
        continue;
      }
      for (RecordComponent c : record.getRecordComponents()) {
        Schema property = schema.getProperties().get(c.getName());
        if (property == null) {
          continue;
        }
        boolean present =
            schema.getRequired() != null && schema.getRequired().contains(c.getName());
        if (!present && alwaysThere(name, c)) {
          schema.addRequired(c.getName());
        } else if (!present && property.getRef() == null && property.getNullable() == null) {
          property.setNullable(true);
        }
      }
    }
  }

  static boolean alwaysThere(String schema, RecordComponent c) {
    Class<?> type = c.getType();
    return type.isPrimitive()
        || Collection.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type)
        || ALWAYS.contains(c.getName())
        || ALWAYS.contains(schema.replaceAll("\\d+$", "") + "." + c.getName());
  }

  /** The record a schema was written from: its name (less a number) and its components. */
  private static Class<?> record(String name, Schema schema, Map<String, List<Class<?>>> records) {
    for (Class<?> candidate : records.getOrDefault(name.replaceAll("\\d+$", ""), List.of())) {
      if (java.util.Arrays.stream(candidate.getRecordComponents())
          .allMatch(c -> schema.getProperties().containsKey(c.getName()))) {
        return candidate;
      }
    }
    return null;
  }

  /** Every record an answer of these methods can carry, by the name its schema has. */
  private static Map<String, List<Class<?>>> records(Collection<Method> methods) {
    Deque<Type> open = new ArrayDeque<>();
    for (Method m : methods) {
      open.push(m.getGenericReturnType());
      APIResponseSchema named = m.getAnnotation(APIResponseSchema.class);
      if (named != null) {
        open.push(named.value());
      }
      for (APIResponse response : m.getAnnotationsByType(APIResponse.class)) {
        for (org.eclipse.microprofile.openapi.annotations.media.Content content :
            response.content()) {
          open.push(content.schema().implementation());
        }
      }
    }
    Set<Type> seen = new HashSet<>();
    Map<String, List<Class<?>>> byName = new HashMap<>();
    while (!open.isEmpty()) {
      Type type = open.pop();
      if (!seen.add(type)) {
        continue;
      }
      if (type instanceof ParameterizedType p) {
        open.push(p.getRawType());
        java.util.Arrays.stream(p.getActualTypeArguments()).forEach(open::push);
      } else if (type instanceof Class<?> c && c.isRecord()) {
        org.eclipse.microprofile.openapi.annotations.media.Schema named =
            c.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        String name = named != null && !named.name().isEmpty() ? named.name() : c.getSimpleName();
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(c);
        for (RecordComponent component : c.getRecordComponents()) {
          open.push(component.getGenericType());
        }
      }
    }
    return byName;
  }

  /** The component schemas the answers (2xx) or the request bodies and parameters refer to. */
  private static Set<String> reached(OpenAPI api, boolean answers) {
    Deque<Schema> open = new ArrayDeque<>();
    for (PathItem item : api.getPaths().getPathItems().values()) {
      for (Operation op : item.getOperations().values()) {
        if (answers && op.getResponses() != null) {
          op.getResponses()
              .getAPIResponses()
              .forEach(
                  (code, response) -> {
                    if (code.startsWith("2")) {
                      add(open, response.getContent());
                    }
                  });
        }
        if (!answers && op.getRequestBody() != null) {
          add(open, op.getRequestBody().getContent());
        }
        if (!answers && op.getParameters() != null) {
          op.getParameters().forEach(p -> push(open, p.getSchema()));
        }
      }
    }
    Map<String, Schema> all = api.getComponents().getSchemas();
    Set<String> reached = new HashSet<>();
    while (!open.isEmpty()) {
      Schema schema = open.pop();
      if (schema.getRef() != null) {
        String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        if (reached.add(name) && all.get(name) != null) {
          open.push(all.get(name));
        }
        continue;
      }
      if (schema.getProperties() != null) {
        schema.getProperties().values().forEach(s -> push(open, s));
      }
      push(open, schema.getItems());
      push(open, schema.getAdditionalPropertiesSchema());
      for (List<Schema> list :
          java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
        if (list != null) {
          list.forEach(s -> push(open, s));
        }
      }
    }
    return reached;
  }

  private static void add(Deque<Schema> open, Content content) {
    if (content != null && content.getMediaTypes() != null) {
      content.getMediaTypes().values().forEach(m -> push(open, m.getSchema()));
    }
  }

  private static void push(Deque<Schema> open, Schema schema) {
    if (schema != null) {
      open.push(schema);
    }
  }
}
