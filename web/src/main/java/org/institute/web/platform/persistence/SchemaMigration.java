package org.institute.web.platform.persistence;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs each module's migrations with its own Flyway history table, in dependency order. Modules own
 * their tables and version them independently (docs/decisions/0002-migrations-per-module.md).
 */
public final class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  /** Module, its migration folder, in the order of the module graph. */
  static final List<String> MODULES =
      List.of(
          "core",
          "partners",
          "licensing",
          "talent", // the layout of the first round
          "records" // takes over the research tables created by core V10-V51 (decision 0073)
          );

  private SchemaMigration() {}

  public static void migrate(DataSource dataSource, boolean embedded) {
    migrate(dataSource, embedded, MODULES);
  }

  /**
   * Migrates the given modules only, in the order given (the upgrade test builds older layouts).
   */
  static void migrate(DataSource dataSource, boolean embedded, List<String> modules) {
    String tableOptions =
        embedded ? "" : "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";
    for (String module : modules) {
      MigrateResult result =
          Flyway.configure(SchemaMigration.class.getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration/" + module)
              .table("flyway_history_" + module)
              // later modules find tables of earlier ones: their own history starts at version 0
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .placeholders(Map.of("table_options", tableOptions))
              .load()
              .migrate();
      LOG.info(
          () ->
              "schema of module "
                  + module
                  + ": "
                  + result.migrationsExecuted
                  + " migration(s) applied, now at version "
                  + (result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion));
    }
  }
}
