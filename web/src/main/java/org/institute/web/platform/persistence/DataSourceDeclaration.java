package org.institute.web.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the application's pooled, transactional datasource; the URL comes from configuration. */
@DataSourceDefinition(
    name = DataSourceDeclaration.JNDI_NAME,
    className = "org.institute.web.platform.persistence.ConfiguredXaDataSource",
    transactional = true,
    initialPoolSize = 2,
    minPoolSize = 2,
    maxPoolSize = 20,
    maxIdleTime = 300,
    properties = {
      // validate connections so the pool recovers by itself after the database restarts
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true",
      "fish.payara.connection-creation-retry-attempts=0"
    })
@ApplicationScoped
public class DataSourceDeclaration {
  public static final String JNDI_NAME = "java:app/jdbc/institute";
}
