package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.institute.core.Jsonp;
import org.institute.core.domain.KeyRing;
import org.institute.core.domain.KeyRingStore;
import org.institute.core.domain.SigningKey;

/**
 * The credential signing keys in one JSON file, readable by the server's user only: {@code
 * institute.credentials.keys.file} (environment {@code INSTITUTE_CREDENTIALS_KEYS_FILE}), by
 * default {@code credential-signing-keys.json} in the data folder ({@code institute.data.dir},
 * default {@code ./data}). Every instance of a cluster needs the same file.
 */
@ApplicationScoped
public class FileKeyRingStore implements KeyRingStore {

  private static final Logger LOG = Logger.getLogger(FileKeyRingStore.class.getName());

  private Path file;

  protected FileKeyRingStore() {}

  @Inject
  public FileKeyRingStore(Config config) {
    this(
        config
            .getOptionalValue("institute.credentials.keys.file", String.class)
            .map(Path::of)
            .orElseGet(
                () ->
                    Path.of(
                            config
                                .getOptionalValue("institute.data.dir", String.class)
                                .orElse("./data"))
                        .resolve("credential-signing-keys.json")));
  }

  public FileKeyRingStore(Path file) {
    this.file = file;
  }

  @Override
  public KeyRing load() {
    if (!Files.exists(file)) {
      return KeyRing.empty();
    }
    try {
      JsonObject root;
      try (var reader =
          Jsonp.reader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
        root = reader.readObject();
      }
      List<SigningKey> keys = new ArrayList<>();
      for (JsonValue value : root.getJsonArray("keys")) {
        JsonObject k = value.asJsonObject();
        JsonValue secret = k.get("private");
        keys.add(
            SigningKey.decode(
                Instant.parse(k.getString("created")),
                Base64.getDecoder().decode(k.getString("public")),
                secret instanceof JsonString s ? Base64.getDecoder().decode(s.getString()) : null));
      }
      return new KeyRing(keys);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the credential signing keys " + file, e);
    } catch (RuntimeException e) {
      throw new IllegalStateException("unusable credential signing keys in " + file, e);
    }
  }

  @Override
  public void save(KeyRing ring) {
    JsonArrayBuilder keys = Jsonp.arrayBuilder();
    for (SigningKey k : ring.keys()) {
      var entry =
          Jsonp.objectBuilder()
              .add("kid", k.id())
              .add("created", k.createdAt().toString())
              .add("public", k.encodedPublic());
      if (k.canSign()) {
        entry.add("private", k.encodedPrivate());
      }
      keys.add(entry);
    }
    String json = Jsonp.objectBuilder().add("keys", keys).build().toString();
    try {
      Path folder = file.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, "credential-keys", ".tmp");
      try {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        LOG.warning("could not restrict permissions of the credential signing keys file");
      }
      Files.writeString(temporary, json, StandardCharsets.UTF_8);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      LOG.info(() -> "credential signing keys saved in " + file.toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the credential signing keys " + file, e);
    }
  }
}
