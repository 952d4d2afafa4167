package org.institute.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct access to the server's database, for set-up and for tampering that no API allows. */
final class Database {
  private Database() {}

  static Connection connect() throws SQLException {
    String url = System.getProperty("it.db.url");
    if (url.startsWith("jdbc:h2:") && !url.toUpperCase().contains(";MODE=")) {
      url += ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE";
    }
    return DriverManager.getConnection(
        url, System.getProperty("it.db.user", ""), System.getProperty("it.db.password", ""));
  }

  static int update(String sql, Object... args) throws SQLException {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    }
  }

  static String string(String sql, Object... args) throws SQLException {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  /** The first column of every row the query answers, as text. */
  static java.util.List<String> strings(String sql, Object... args) throws SQLException {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      java.util.List<String> out = new java.util.ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
      return out;
    }
  }

  /**
   * A fresh account with the demo password (its hash copied from the council account), so a test
   * may lock or change it without touching accounts that other tests use.
   */
  static String freshAccount(String prefix, String role, String email) throws SQLException {
    String username = prefix + "." + Long.toString(System.nanoTime(), 36);
    update(
        "INSERT INTO core_user_account (username, display_name, email, language, partner_id,"
            + " enabled, password_hash, failed_logins, locked_until, last_login_at, created_at,"
            + " version) SELECT ?, 'Test Probe', ?, 'en', NULL, TRUE, password_hash, 0, NULL,"
            + " NULL, created_at, 0 FROM core_user_account WHERE username = 'council'",
        username,
        email);
    update(
        "INSERT INTO core_user_role (user_id, role) SELECT id, ? FROM core_user_account"
            + " WHERE username = ?",
        role,
        username);
    return username;
  }
}
