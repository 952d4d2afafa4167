package org.institute.web.platform.persistence;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.XAConnection;
import javax.sql.XADataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The XA data source behind the server's connection pool. It picks the driver from the configured
 * URL at first use, so one WAR runs on the embedded H2 database or on MariaDB without a rebuild (a
 * {@code @DataSourceDefinition} fixes its class name at compile time; see
 * docs/decisions/0003-database-from-configuration.md).
 */
public class ConfiguredXaDataSource implements XADataSource {

  private volatile XADataSource delegate;
  private PrintWriter logWriter;
  private int loginTimeout;

  private XADataSource delegate() throws SQLException {
    XADataSource d = delegate;
    if (d == null) {
      synchronized (this) {
        d = delegate;
        if (d == null) {
          d = create(DatabaseSettings.fromConfig());
          delegate = d;
        }
      }
    }
    return d;
  }

  private static XADataSource create(DatabaseSettings settings) throws SQLException {
    String url = settings.url();
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(settings.user());
      h2.setPassword(settings.password());
      return h2;
    }
    if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
      MariaDbDataSource mariadb =
          new MariaDbDataSource(withConnectTimeout(url.replace("jdbc:mysql:", "jdbc:mariadb:")));
      mariadb.setUser(settings.user());
      mariadb.setPassword(settings.password());
      return mariadb;
    }
    throw new SQLException(
        "INSTITUTE_DB_URL must start with jdbc:mariadb: or jdbc:h2:, was " + url.split(":", 3)[1]);
  }

  /**
   * The driver waits 30 s for a server that does not answer; while the database is unreachable that
   * would hold requests for half a minute instead of failing fast with 503. An explicit
   * connectTimeout in the URL wins.
   */
  static String withConnectTimeout(String url) {
    if (url.contains("connectTimeout=")) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + "connectTimeout=" + CONNECT_TIMEOUT_MILLIS;
  }

  static final int CONNECT_TIMEOUT_MILLIS = 5000;

  @Override
  public XAConnection getXAConnection() throws SQLException {
    return delegate().getXAConnection();
  }

  @Override
  public XAConnection getXAConnection(String user, String password) throws SQLException {
    return delegate().getXAConnection(user, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }
}
