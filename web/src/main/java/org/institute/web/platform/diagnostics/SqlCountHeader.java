package org.institute.web.platform.diagnostics;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * With {@code institute.diagnostics.sql-count=true} (environment {@code
 * INSTITUTE_DIAGNOSTICS_SQL_COUNT}), every API response carries {@code X-SQL-Statements}: how many
 * SQL statements the request issued, from authentication to the response. Off by default.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class SqlCountHeader implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String HEADER = "X-SQL-Statements";
  private static final String START = SqlCountHeader.class.getName() + ".start";

  private final boolean enabled =
      ConfigProvider.getConfig()
          .getOptionalValue("institute.diagnostics.sql-count", Boolean.class)
          .orElse(false);

  @Override
  public void filter(ContainerRequestContext request) {
    if (enabled) {
      SqlStatementCounter.reset();
      request.setProperty(START, Boolean.TRUE);
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (enabled && request.getProperty(START) != null) {
      response.getHeaders().putSingle(HEADER, Long.toString(SqlStatementCounter.count()));
    }
  }
}
