package org.institute.web.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hibernate writes every SQL error it meets to the log, a WARN with the code and an ERROR with the
 * message, before the application has decided what the error means. Most are answers, not faults: a
 * unique key or a deadlock between twenty admins approving one deal at once is a 409 for nineteen
 * of them (the integration tests' race wrote 38 such lines on MariaDB). What is a fault reaches
 * {@code ProblemMappers.Unexpected} or the error page, which log it once with its whole cause chain
 * (the SQL message included) and an incident id. So Hibernate's own lines are switched off here,
 * when the application starts, for the single instance and the cluster alike.
 */
@ApplicationScoped
class SqlErrorLogging {

  /** Held here: a logger nobody references can be collected, and its level with it. */
  static final Logger HIBERNATE_SQL_ERRORS =
      Logger.getLogger("org.hibernate.engine.jdbc.spi.SqlExceptionHelper");

  void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
    HIBERNATE_SQL_ERRORS.setLevel(Level.OFF);
  }
}
