package org.institute.web.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the application's pooled, transactional datasource; the URL comes from configuration.
 */
@DataSourceDefinition(
    name = DataSourceDeclaration.JNDI_NAME,
    className = "org.institute.web.platform.persistence.ConfiguredXaDataSource",
    transactional = true,
    initialPoolSize = 2,
    minPoolSize = 2,
    maxPoolSize = 20,
    maxIdleTime = 300,
    properties = {
      // validate every connection before use with Connection.isValid (a real round trip; the
      // meta-data method never touches the network on MariaDB's driver), and drop the whole pool
      // at the first dead one, so the pool recovers by itself after the database restarts
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.connection-creation-retry-attempts=0",
      // a request waits up to 20 s for a free connection, as a burst needs (200 enrolments at
      // once queue behind one cohort's row); while the database is away no request waits here:
      // making a connection is refused at once (no retries), so it still fails fast with 503
      "fish.payara.max-wait-time-in-millis=20000"
    })
@ApplicationScoped
public class DataSourceDeclaration {
  public static final String JNDI_NAME = "java:app/jdbc/institute";
}
