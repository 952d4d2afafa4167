package org.institute.web.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates malformed requests for every operation of the OpenAPI document. Each request carries at
 * least one defect that the API must refuse (broken syntax, a wrong type, an unknown field, a wrong
 * media type, a path parameter of the wrong shape, a paging value out of range), mixed with hostile
 * but well-typed values (SQL, script, huge texts and numbers, negative amounts, dates out of range,
 * path traversal), so every answer must be a 4xx problem and nothing may change.
 */
final class HostileRequests {

  /** One request: who sends it, what and how. */
  record Spec(
      String label, String role, String method, String uri, String contentType, byte[] body) {}

  /** An operation of the OpenAPI document with its valid path filled in. */
  record Operation(
      String method,
      String template,
      String path,
      String role,
      List<JsonObject> queryParams,
      List<String> mediaTypes,
      JsonObject bodySchema) {}

  static final List<String> HOSTILE_TEXT =
      List.of(
          "' OR '1'='1' -- ",
          "'; DROP TABLE core_user_account; --",
          "1; SELECT SLEEP(5)",
          "\" UNION SELECT password_hash FROM core_user_account --",
          "<script>alert(document.cookie)</script>",
          "\"><img src=x onerror=alert(1)>",
          "javascript:alert(1)",
          "../../../../etc/passwd",
          "..\\..\\..\\windows\\win.ini",
          "${jndi:ldap://127.0.0.1:1/a}",
          "#{facesContext.externalContext.sessionMap}",
          "%s%s%s%n%x",
          "\u202Egnp.exe",
          "nul\u0000byte",
          "😀😃😄 𠜎𠜱 ",
          "2020-02-30",
          "99999-12-31",
          "-0001-01-01",
          "0000-00-00",
          "XXX",
          "=HYPERLINK(\"http://127.0.0.1\",\"x\")",
          "a".repeat(70_000),
          "中".repeat(20_000),
          " ",
          "");

  static final List<String> HOSTILE_NUMBERS =
      List.of(
          "-1",
          "-0.01",
          "-999999999999999",
          "0",
          "1e308",
          "1e309",
          "-1e309",
          "99999999999999999999999999999999999999",
          "0.0000000000000000000001",
          "2147483648",
          "9223372036854775808");

  /** A value of the wrong JSON type for a property of the given schema type. */
  static String wrongType(String type) {
    return switch (type == null ? "" : type) {
      case "object" -> "\"<script>alert(1)</script>\"";
      case "array" -> "{\"$ne\": null}";
      default -> "{\"$where\": \"sleep(1000)\", \"<b>\": [1e309]}";
    };
  }

  static final List<String> BROKEN_JSON =
      List.of(
          "{",
          "{\"",
          "{\"title\": ",
          "{\"title\": \"unterminated}",
          "{'title': 'single quotes'}",
          "{\"a\": 1,}",
          "{\"a\": 1}}",
          "{\"a\": tru}",
          "{\"a\": NaN}",
          "{\"a\": 01}",
          "\uFEFF{\"a\": 1",
          "{\"a\": \"\\uD800\"",
          "[{]",
          "<?xml version=\"1.0\"?><a/>",
          "\u0000\u0001\u0002");

  static final List<String> WRONG_TOP_LEVEL =
      List.of("[]", "[{}]", "\"text\"", "42", "-1", "null", "true", "[1e309]");

  static final List<String> BAD_PATH_VALUES =
      List.of(
          "abc",
          "-1",
          "1.5",
          "99999999999999999999999999",
          "%27%20OR%20%271%27%3D%271",
          "..%2F..%2F..%2Fetc%2Fpasswd",
          "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
          "%00",
          "%C3%28",
          "%F0%28%8C%BC",
          "x".repeat(3000),
          "1%3B%20DROP%20TABLE%20core_audit_entry");

  /** For query parameters the API validates: values that must be refused. */
  static final Map<String, List<String>> BAD_QUERY =
      Map.of(
          "limit",
              List.of("-1", "0", "100000", "abc", "1e3", "99999999999999999999", "-2147483649"),
          "offset", List.of("-1", "-99999", "abc", "99999999999999999999"));

  private final Random random;
  final List<Spec> specs = new ArrayList<>();

  HostileRequests(long seed) {
    this.random = new Random(seed);
  }

  /** One round of every category for every operation. */
  void round(List<Operation> operations) {
    for (Operation op : operations) {
      boolean hasBody = !op.mediaTypes.isEmpty();
      boolean json = op.mediaTypes.stream().anyMatch(m -> m.contains("json"));
      if (hasBody && json) {
        jsonBodies(op);
      } else if (hasBody) {
        otherMedia(op);
      }
      if (op.path.contains("/") && !op.template.equals(op.path)) {
        badPaths(op, hasBody, json);
      }
      badQueries(op, hasBody, json);
    }
  }

  private void jsonBodies(Operation op) {
    for (String broken : BROKEN_JSON) {
      add(op, "broken JSON", op.path, "application/json", broken.getBytes(StandardCharsets.UTF_8));
    }
    for (String top : WRONG_TOP_LEVEL) {
      add(op, "wrong top-level type", op.path, "application/json", bytes(top));
    }
    Map<String, String> properties = properties(op.bodySchema);
    List<String> names = new ArrayList<>(properties.keySet());
    for (String wrong : names) {
      for (int variant = 0; variant < 6; variant++) {
        add(
            op,
            "wrong type for " + wrong,
            op.path,
            "application/json",
            bytes(body(properties, wrong, variant)));
      }
    }
    // unknown and missing fields, with an invalid type so the body is refused whatever the reader
    add(
        op,
        "unknown fields",
        op.path,
        "application/json",
        bytes(
            "{\"__proto__\": {\"admin\": true}, \"id\": {\"$gt\": 0}, \"password_hash\": [\"x\"]}"));
    add(
        op,
        "unknown fields only",
        op.path,
        "application/json",
        bytes("{\"roles\": {\"ADMIN\": true}, \"partnerId\": {\"value\": \"1 OR 1=1\"}}"));
    // invalid UTF-8 inside a string
    byte[] utf8 =
        bytes(
            body(properties, names.isEmpty() ? null : names.get(0), 1)
                .replace("INVALID_UTF8", "@@"));
    add(op, "invalid UTF-8", op.path, "application/json", invalidUtf8(utf8));
    // deeply nested arrays
    add(
        op,
        "deep nesting",
        op.path,
        "application/json",
        bytes("[".repeat(20_000) + "]".repeat(20_000)));
    // the media types that are not JSON
    add(op, "text/plain", op.path, "text/plain", bytes("title=<script>alert(1)</script>"));
    add(
        op,
        "XML with an external entity",
        op.path,
        "application/xml",
        bytes(
            "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"));
    add(
        op,
        "form encoded",
        op.path,
        "application/x-www-form-urlencoded",
        bytes("title=%27+OR+1%3D1"));
    add(
        op,
        "multipart",
        op.path,
        "multipart/form-data; boundary=XyZ",
        bytes(
            "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../../etc/passwd.html\"\r\n"
                + "Content-Type: text/html\r\n\r\n<script>alert(1)</script>\r\n--XyZ--\r\n"));
    add(op, "no media type", op.path, null, bytes("{\"a\": {}}"));
    add(
        op,
        "JSON with a charset the server does not know",
        op.path,
        "application/json; charset=x-unknown-9",
        bytes("{\"a\": {}}"));
  }

  private void otherMedia(Operation op) {
    String media = op.mediaTypes.get(0);
    if (media.contains("pdf")) {
      add(
          op,
          "HTML sent as PDF",
          op.path,
          media,
          bytes("<html><body><script>alert(document.cookie)</script></body></html>"));
      add(op, "empty PDF", op.path, media, new byte[0]);
      add(
          op,
          "executable sent as PDF",
          op.path,
          media,
          new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0});
      add(
          op,
          "SVG sent as PDF",
          op.path,
          media,
          bytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"));
    }
    add(op, "JSON where a document is expected", op.path, "application/json", bytes("{\"a\": 1}"));
    add(
        op,
        "HTML where a document is expected",
        op.path,
        "text/html",
        bytes("<script>alert(1)</script>"));
    add(
        op,
        "image where a document is expected",
        op.path,
        "image/svg+xml",
        bytes("<svg onload=alert(1)/>"));
  }

  private void badPaths(Operation op, boolean hasBody, boolean json) {
    String[] templateParts = op.template.split("/");
    String[] pathParts = op.path.split("/");
    for (int i = 0; i < templateParts.length; i++) {
      if (!templateParts[i].startsWith("{")) {
        continue;
      }
      for (String bad : BAD_PATH_VALUES) {
        String[] parts = pathParts.clone();
        parts[i] = bad;
        String path = String.join("/", parts);
        byte[] body = hasBody ? bytes("{\"\":") : null;
        add(
            op,
            "path " + templateParts[i] + "=" + abbreviate(bad),
            path,
            hasBody ? (json ? "application/json" : op.mediaTypes.get(0)) : null,
            body);
      }
    }
  }

  private void badQueries(Operation op, boolean hasBody, boolean json) {
    for (JsonObject p : op.queryParams) {
      String name = p.getString("name");
      List<String> bad = BAD_QUERY.get(name);
      if (bad == null) {
        continue;
      }
      for (String value : bad) {
        StringBuilder query = new StringBuilder(name + "=" + value);
        // the other parameters carry hostile text; the bad paging value alone must refuse it
        for (JsonObject other : op.queryParams) {
          String o = other.getString("name");
          if (!o.equals(name) && !BAD_QUERY.containsKey(o)) {
            query.append('&').append(o).append('=').append(encode(pick(HOSTILE_TEXT, 100)));
          }
        }
        if (random.nextBoolean()) {
          query.append("&sort=").append(encode("password_hash;DROP TABLE x"));
        }
        String sep = op.path.contains("?") ? "&" : "?";
        add(
            op,
            "query " + name + "=" + value,
            op.path + sep + query,
            hasBody ? (json ? "application/json" : op.mediaTypes.get(0)) : null,
            hasBody ? bytes("[") : null);
      }
    }
  }

  /** A body with hostile but well-typed values and one property of the wrong type. */
  private String body(Map<String, String> properties, String wrong, int variant) {
    StringBuilder json = new StringBuilder("{");
    Map<String, String> fields = new LinkedHashMap<>(properties);
    if (fields.isEmpty()) {
      // a body read field by field (decision 0009): any of these names may be unknown, and the
      // object where a text is expected is wrong for every reader
      fields.put("title", "string");
      fields.put("name", "string");
      fields.put("amount", "number");
      fields.put("currency", "string");
      fields.put("date", "string");
      fields.put("version", "integer");
      wrong = "title";
    }
    boolean first = true;
    for (Map.Entry<String, String> f : fields.entrySet()) {
      if (!first) {
        json.append(',');
      }
      first = false;
      json.append('"').append(f.getKey()).append("\":");
      if (f.getKey().equals(wrong)) {
        json.append(wrongType(f.getValue()));
      } else {
        json.append(hostile(f.getValue(), variant));
      }
    }
    if (variant % 2 == 1) {
      json.append(first ? "" : ",").append("\"extra<script>\":\"INVALID_UTF8\"");
    }
    return json.append('}').toString();
  }

  private String hostile(String type, int variant) {
    return switch (type == null ? "string" : type) {
      case "number", "integer" -> pick(HOSTILE_NUMBERS, 0);
      case "boolean" -> variant % 3 == 0 ? "\"true\"" : "true";
      case "array" -> "[" + quote(pick(HOSTILE_TEXT, 500)) + "," + pick(HOSTILE_NUMBERS, 0) + "]";
      case "object" -> "{\"value\": " + quote(pick(HOSTILE_TEXT, 500)) + "}";
      default -> quote(pick(HOSTILE_TEXT, Integer.MAX_VALUE));
    };
  }

  /** Properties of a schema (resolved by the caller) by name and type. */
  static Map<String, String> properties(JsonObject schema) {
    Map<String, String> properties = new LinkedHashMap<>();
    if (schema == null || !schema.containsKey("properties")) {
      return properties;
    }
    for (Map.Entry<String, JsonValue> p : schema.getJsonObject("properties").entrySet()) {
      JsonObject s = p.getValue().asJsonObject();
      String type =
          s.containsKey("type")
              ? s.getString("type")
              : (s.containsKey("$ref") ? "object" : "string");
      if (s.containsKey("items") && type.equals("string")) {
        type = "array";
      }
      properties.put(p.getKey(), type);
    }
    return properties;
  }

  private String pick(List<String> values, int maxLength) {
    String v = values.get(random.nextInt(values.size()));
    return v.length() > maxLength ? v.substring(0, maxLength) : v;
  }

  private void add(Operation op, String label, String uri, String contentType, byte[] body) {
    specs.add(
        new Spec(
            op.method + " " + op.template + " [" + label + "]",
            op.role,
            op.method,
            uri,
            contentType,
            body));
  }

  /**
   * A NUL or bytes that are not UTF-8 in the path: the HTTP layer answers 400 before any servlet
   * runs, so there is no problem body to expect, only that nothing leaks and nothing changes.
   */
  static boolean refusedByTheHttpLayer(Spec spec) {
    String path =
        spec.uri().contains("?") ? spec.uri().substring(0, spec.uri().indexOf('?')) : spec.uri();
    return path.contains("%00") || path.contains("%C3%28") || path.contains("%F0%28");
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Replaces the first {@code @@} by bytes that are not UTF-8 at all. */
  static byte[] invalidUtf8(byte[] body) {
    byte[] bad = {
      (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80
    };
    String s = new String(body, StandardCharsets.ISO_8859_1);
    int at = s.indexOf("@@");
    if (at < 0) {
      byte[] out = new byte[body.length + bad.length];
      System.arraycopy(bad, 0, out, 0, bad.length);
      System.arraycopy(body, 0, out, bad.length, body.length);
      return out;
    }
    byte[] out = new byte[body.length - 2 + bad.length];
    System.arraycopy(body, 0, out, 0, at);
    System.arraycopy(bad, 0, out, at, bad.length);
    System.arraycopy(body, at + 2, out, at + bad.length, body.length - at - 2);
    return out;
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  /** Resolves a {@code $ref} against the document's components. */
  static JsonObject resolve(JsonObject document, JsonObject schema) {
    if (schema != null && schema.containsKey("$ref")) {
      String ref = schema.getString("$ref");
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
      return schemas == null ? null : schemas.getJsonObject(name);
    }
    return schema;
  }

  static List<JsonObject> queryParameters(JsonObject operation) {
    List<JsonObject> out = new ArrayList<>();
    JsonArray parameters = operation.getJsonArray("parameters");
    if (parameters != null) {
      for (JsonValue p : parameters) {
        if ("query".equals(p.asJsonObject().getString("in"))) {
          out.add(p.asJsonObject());
        }
      }
    }
    return out;
  }
}
