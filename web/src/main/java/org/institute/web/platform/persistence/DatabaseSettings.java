package org.institute.web.platform.persistence;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the database is. {@code INSTITUTE_DB_URL} names MariaDB (or any H2 URL); without it the
 * embedded H2 database lives in {@code INSTITUTE_DATA_DIR} (default {@code ./data}) and survives
 * restarts.
 */
public final class DatabaseSettings {

  private final String url;
  private final String user;
  private final String password;

  private DatabaseSettings(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  public static DatabaseSettings fromConfig() {
    Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
    Optional<String> url = value(config, "institute.db.url");
    String user = value(config, "institute.db.user").orElse(url.isPresent() ? "" : "sa");
    String password = value(config, "institute.db.password").orElse("");
    return new DatabaseSettings(
        url.map(DatabaseSettings::withH2Compatibility).orElseGet(() -> embeddedUrl(config)),
        user,
        password);
  }

  private static Optional<String> value(Config config, String key) {
    return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
  }

  private static String embeddedUrl(Config config) {
    Path dir = dataDirectory(config);
    return withH2Compatibility("jdbc:h2:file:" + dir.resolve("institute").toAbsolutePath());
  }

  public static Path dataDirectory(Config config) {
    return Path.of(value(config, "institute.data.dir").orElse("./data"));
  }

  /** The migrations are written for MariaDB; H2 reads them in its MariaDB mode. */
  static String withH2Compatibility(String url) {
    if (!url.startsWith("jdbc:h2:") || url.toUpperCase().contains(";MODE=")) {
      return url;
    }
    return url + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE";
  }

  public boolean embedded() {
    return url.startsWith("jdbc:h2:");
  }

  public String url() {
    return url;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }
}
