package org.institute.web.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * An existing database migrates forward: a database laid out as the first round left it (the
 * research tables in the core's history, named core_*) is filled with records, then migrated by
 * this build; the records are in the records module's tables and the schema is the one a fresh
 * database gets. Runs on embedded H2 and, in the MariaDB profile, on a database of its own.
 */
class SchemaUpgradeIT {

  /** The modules of the first round's layout, in its order (main before the records module). */
  private static final List<String> FIRST_ROUND =
      List.of("core", "partners", "licensing", "talent");

  @Test
  void aDatabaseOfTheFirstRoundKeepsItsResearchRecords() throws SQLException {
    DataSource old = database("upgrade");
    SchemaMigration.migrate(old, embedded(), FIRST_ROUND);
    try (Connection c = old.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO core_centre (id, code, name_en, name_zh, kind, lead_partner_id, status,"
              + " space_sqm, created_at, version) VALUES (901, 'UPG-C', 'Upgrade centre',"
              + " '升级中心', 'JOINT_RESEARCH_CENTRE', 1, 'ACTIVE', 120, '2025-01-02 03:04:05', 0)");
      s.executeUpdate(
          "INSERT INTO core_kpi_target (id, code, metric, label_en, label_zh, target_value,"
              + " period_from, period_to, created_at, version) VALUES (902, 'UPG-K', 'PATENTS',"
              + " 'Patents filed', '专利申请', 7, '2025-01-01', '2025-12-31', '2025-01-02 03:04:05',"
              + " 0)");
    }

    SchemaMigration.migrate(old, embedded());

    try (Connection c = old.getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT code, name_zh, space_sqm FROM rec_centre")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("UPG-C");
        assertThat(r.getString(2)).isEqualTo("升级中心");
        assertThat(r.getInt(3)).isEqualTo(120);
        assertThat(r.next()).isFalse();
      }
      try (ResultSet r = s.executeQuery("SELECT target_value FROM rec_kpi_target WHERE id = 902")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getLong(1)).isEqualTo(7);
      }
    }
    assertThat(tables(old)).noneMatch(t -> t.startsWith("core_centre") || t.equals("core_project"));

    DataSource fresh = database("fresh");
    SchemaMigration.migrate(fresh, embedded());
    assertThat(columns(old)).isEqualTo(columns(fresh));
  }

  private static boolean embedded() {
    return !System.getProperty("it.db.url", "").startsWith("jdbc:mariadb:");
  }

  /** An empty database of its own, never the one the server under test uses. */
  private static DataSource database(String name) throws SQLException {
    if (embedded()) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(
          DatabaseSettings.withH2Compatibility(
              "jdbc:h2:mem:" + name + System.nanoTime() + ";DB_CLOSE_DELAY=-1"));
      return h2;
    }
    String server = "jdbc:mariadb://127.0.0.1:3306/";
    String user = System.getProperty("it.db.user", "root");
    String password = System.getProperty("it.db.password", "");
    MariaDbDataSource admin = new MariaDbDataSource(server + "?user=" + user);
    admin.setPassword(password);
    String database = "institute_" + name;
    try (Connection c = admin.getConnection(user, password);
        Statement s = c.createStatement()) {
      s.executeUpdate("DROP DATABASE IF EXISTS " + database);
      s.executeUpdate("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
    }
    MariaDbDataSource ds = new MariaDbDataSource(server + database);
    ds.setUser(user);
    ds.setPassword(password);
    return ds;
  }

  private static TreeSet<String> tables(DataSource ds) throws SQLException {
    return new TreeSet<>(columns(ds).keySet());
  }

  /** Table -> its columns with their types, the product's tables only (not Flyway's). */
  private static Map<String, TreeSet<String>> columns(DataSource ds) throws SQLException {
    Map<String, TreeSet<String>> found = new TreeMap<>();
    try (Connection c = ds.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet r = meta.getColumns(c.getCatalog(), schema(c), "%", "%")) {
        while (r.next()) {
          String table = r.getString("TABLE_NAME").toLowerCase();
          if (table.startsWith("flyway_")) {
            continue;
          }
          found
              .computeIfAbsent(table, t -> new TreeSet<>())
              .add(r.getString("COLUMN_NAME").toLowerCase() + " " + r.getString("TYPE_NAME"));
        }
      }
    }
    return found;
  }

  private static String schema(Connection c) throws SQLException {
    return embedded() ? "public" : null;
  }
}
