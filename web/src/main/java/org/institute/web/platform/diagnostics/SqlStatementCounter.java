package org.institute.web.platform.diagnostics;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread. Registered as Hibernate's
 * statement inspector in persistence.xml; it changes no statement. A request runs on one thread, so
 * {@link SqlCountHeader} can reset the count at its start and report it at its end.
 */
public class SqlStatementCounter implements StatementInspector {
  private static final long serialVersionUID = 1L;
  private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

  @Override
  public String inspect(String sql) {
    COUNT.get()[0]++;
    return sql;
  }

  public static void reset() {
    COUNT.get()[0] = 0;
  }

  public static long count() {
    return COUNT.get()[0];
  }
}
