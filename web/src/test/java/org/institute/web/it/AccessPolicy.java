package org.institute.web.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declared access policy (src/test/resources/security/access-policy.csv) and the demo records
 * it is checked on (access-records.csv). The formats are described at the top of each file.
 */
final class AccessPolicy {

  /** The columns of the policy table after method, path and record, in this order. */
  static final List<String> ROLES =
      List.of(
          "anonymous",
          "admin",
          "ntu.staff",
          "scut.staff",
          "coordinator",
          "council",
          "auditor",
          "huaxin.licensee");

  record Row(int line, String method, String path, String record, Map<String, String> expected) {
    String key() {
      return method + " " + path;
    }
  }

  record Fixture(String template, String kind, String sql) {}

  /** A template with its parameters filled in: the path and the query string. */
  record Target(String path, String query) {
    String uri() {
      return query.isEmpty() ? path : path + "?" + query;
    }
  }

  final List<Row> rows = new ArrayList<>();
  final List<Fixture> fixtures = new ArrayList<>();

  static AccessPolicy load() {
    AccessPolicy policy = new AccessPolicy();
    int n = 0;
    for (String line : lines("security/access-policy.csv")) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length != 3 + ROLES.size()) {
        throw new IllegalStateException(
            "access-policy.csv line "
                + n
                + " has "
                + cells.length
                + " cells, not "
                + (3 + ROLES.size()));
      }
      Map<String, String> expected = new LinkedHashMap<>();
      for (int i = 0; i < ROLES.size(); i++) {
        expected.put(ROLES.get(i), cells[3 + i].trim());
      }
      policy.rows.add(new Row(n, cells[0].trim(), cells[1].trim(), cells[2].trim(), expected));
    }
    for (String line : lines("security/access-records.csv")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split(";", 3);
      policy.fixtures.add(new Fixture(cells[0].trim(), cells[1].trim(), cells[2].trim()));
    }
    return policy;
  }

  List<Row> rowsFor(String method, String path) {
    return rows.stream().filter(r -> r.method.equals(method) && r.path.equals(path)).toList();
  }

  /**
   * Whether a status matches a cell: an exact code, a class such as 2xx, or alternatives with |.
   */
  static boolean matches(String cell, int status) {
    for (String option : cell.split("\\|")) {
      String o = option.trim().replaceAll("[+-].*", "");
      if (o.length() == 3 && o.endsWith("xx")) {
        if (status / 100 == o.charAt(0) - '0') {
          return true;
        }
      } else if (o.equals(Integer.toString(status))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The page element a cell says must be shown ({@code 200+deal}: an element with id "deal") or
   * must not be ({@code 200-deal}), so a page that answers 200 with a "not found" note is told
   * apart from one that shows the record; null when the cell says nothing about the body.
   */
  static String[] element(String cell) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^\\d..([+-])([\\w:-]+)$").matcher(cell.trim());
    return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
  }

  /** The template filled with the demo record of the given kind. */
  Target target(String template, String kind) throws SQLException {
    Optional<Fixture> fixture =
        fixtures.stream()
            .filter(f -> f.kind.equals(kind))
            .filter(
                f ->
                    template.equals(f.template)
                        || template.startsWith(f.template + "/")
                        || template.startsWith(f.template + "?"))
            .max((a, b) -> Integer.compare(a.template.length(), b.template.length()));
    if (fixture.isEmpty()) {
      if (!kind.equals("-") || template.contains("{")) {
        throw new IllegalStateException(
            "no record of kind " + kind + " for " + template + " in access-records.csv");
      }
      return new Target(template, "");
    }
    String path = template;
    StringBuilder query = new StringBuilder();
    try (Connection c = Database.connect();
        PreparedStatement s = c.prepareStatement(fixture.get().sql);
        ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        throw new IllegalStateException("no row for " + fixture.get());
      }
      ResultSetMetaData meta = r.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        String name = meta.getColumnLabel(i);
        String value = r.getString(i);
        if (value == null) {
          throw new IllegalStateException("the demo data has no record for " + fixture.get());
        }
        String placeholder = findPlaceholder(path, name);
        if (placeholder != null) {
          path = path.replace(placeholder, value);
        } else {
          query
              .append(query.length() == 0 ? "" : "&")
              .append(name.toLowerCase())
              .append('=')
              .append(value);
        }
      }
    }
    if (path.contains("{")) {
      throw new IllegalStateException("parameters left in " + path + " after " + fixture.get());
    }
    return new Target(path, query.toString());
  }

  /** The {name} in the path, matched without regard to case (H2 lowers column labels). */
  private static String findPlaceholder(String path, String column) {
    int i = 0;
    while ((i = path.indexOf('{', i)) >= 0) {
      int end = path.indexOf('}', i);
      String name = path.substring(i + 1, end);
      if (name.equalsIgnoreCase(column)) {
        return path.substring(i, end + 1);
      }
      i = end;
    }
    return null;
  }

  /** The record kinds that the fixtures offer for a template: A, AB, B, or just -. */
  List<String> kindsFor(String template) {
    List<String> kinds = new ArrayList<>();
    for (String kind : List.of("A", "AB", "B")) {
      boolean has =
          fixtures.stream()
              .anyMatch(
                  f ->
                      f.kind.equals(kind)
                          && (template.equals(f.template)
                              || template.startsWith(f.template + "/")));
      if (has) {
        kinds.add(kind);
      }
    }
    return kinds.isEmpty() ? List.of("-") : kinds;
  }

  private static List<String> lines(String resource) {
    InputStream in = AccessPolicy.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
