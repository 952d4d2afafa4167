package org.institute.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.List;
import org.institute.core.domain.KeyRing;
import org.institute.core.domain.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileKeyRingStoreTest {

  @TempDir Path folder;

  @Test
  void aMissingFileIsAnEmptyRing() {
    assertThat(new FileKeyRingStore(folder.resolve("keys.json")).load().keys()).isEmpty();
  }

  @Test
  void savedKeysReadBackInOrderOwnerOnly() throws Exception {
    Path file = folder.resolve("sub/keys.json");
    SigningKey old = SigningKey.generate(Instant.parse("2025-01-01T00:00:00Z"));
    SigningKey young = SigningKey.generate(Instant.parse("2026-01-01T00:00:00Z"));
    new FileKeyRingStore(file).save(new KeyRing(List.of(old, young)));

    KeyRing back = new FileKeyRingStore(file).load();

    assertThat(back.keys()).extracting(SigningKey::id).containsExactly(young.id(), old.id());
    assertThat(back.current().orElseThrow().canSign()).isTrue();
    assertThat(back.keys().get(1).createdAt()).isEqualTo(old.createdAt());
    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(Files.list(file.getParent())).hasSize(1);
  }

  @Test
  void aPublicOnlyKeyStaysPublicOnly() {
    Path file = folder.resolve("keys.json");
    SigningKey full = SigningKey.generate(Instant.parse("2025-01-01T00:00:00Z"));
    SigningKey publicOnly =
        SigningKey.decode(full.createdAt(), full.publicKey().getEncoded(), null);
    new FileKeyRingStore(file).save(new KeyRing(List.of(publicOnly)));

    assertThat(new FileKeyRingStore(file).load().keys().get(0).canSign()).isFalse();
  }

  @Test
  void aDamagedFileStopsWithItsName() throws Exception {
    Path file = folder.resolve("keys.json");
    Files.writeString(file, "{\"keys\":[{\"created\":\"x\"}]}");

    assertThatThrownBy(() -> new FileKeyRingStore(file).load())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("keys.json");
  }
}
