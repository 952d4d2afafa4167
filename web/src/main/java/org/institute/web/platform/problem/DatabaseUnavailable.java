package org.institute.web.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.SystemException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a lost database apart from a bug. While the database is unreachable (restarted, failed
 * over, network cut) a request cannot succeed, but the client may simply try again: it gets 503
 * with {@code Retry-After} instead of an incident 500. The connection pool validates connections,
 * so it recovers by itself once the database answers again.
 */
public final class DatabaseUnavailable {

  /** Seconds a client should wait before trying again: the pool needs about that to recover. */
  public static final int RETRY_AFTER_SECONDS = 5;

  static final String TITLE = "Service unavailable";
  static final String DETAIL =
      "The database cannot be reached just now. Try again in a few seconds; if you sent a change,"
          + " check whether it was saved before sending it again.";

  /**
   * Exceptions of the connection pool and of Hibernate that mean "no connection", named rather than
   * imported: they live in the server's and Hibernate's internals.
   */
  private static final Set<String> CONNECTION_FAILURES =
      Set.of(
          "org.hibernate.exception.JDBCConnectionException",
          "com.sun.appserv.connectors.internal.api.PoolingException",
          "jakarta.resource.spi.ResourceAllocationException",
          "jakarta.resource.spi.RetryableUnavailableException",
          "com.sun.enterprise.resource.allocator.PoolingException");

  private DatabaseUnavailable() {}

  /** True when the cause chain shows that no database connection could be had or kept. */
  public static boolean isCause(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 30; t = t.getCause() == t ? null : t.getCause()) {
      depth++;
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || CONNECTION_FAILURES.contains(t.getClass().getName())) {
        return true;
      }
      // The transaction manager could not commit or roll back its resource. The database is the
      // only transactional resource here, and the one cause seen (a connection cut in the middle
      // of a transaction) arrives as a CORBA error without the driver's exception behind it.
      if (t instanceof SystemException) {
        return true;
      }
      // SQLSTATE class 08: connection exception, whatever the driver's exception class
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (suppressed != t && isCause(suppressed)) {
          return true;
        }
      }
    }
    return false;
  }

  static Response response() {
    return Response.fromResponse(Problems.response(503, TITLE, DETAIL))
        .header("Retry-After", RETRY_AFTER_SECONDS)
        .build();
  }

  /** The API's answer: a problem body. */
  public static void write(HttpServletResponse response) throws IOException {
    response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    Problems.write(response, 503, TITLE, DETAIL);
  }

  /**
   * The portal's answer, for failures before Faces runs (the authentication mechanism), in the
   * reader's language.
   */
  public static void writePage(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(503);
    response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(ErrorServlet.page(request, 503, "error.database", null));
  }
}
