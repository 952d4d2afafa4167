package org.institute.core.domain;

import jakarta.json.JsonArrayBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.institute.core.Jsonp;

/**
 * Every signing key the institute has used, newest first. The newest is the current key; a new one
 * replaces it when it has been in use for the rotation period. Retired keys are never dropped: a
 * credential signed years ago must still verify against the published set.
 */
public final class KeyRing {

  private final List<SigningKey> keys;

  public KeyRing(List<SigningKey> keys) {
    List<SigningKey> sorted = new ArrayList<>(keys);
    sorted.sort(Comparator.comparing(SigningKey::createdAt).reversed());
    this.keys = List.copyOf(sorted);
  }

  public static KeyRing empty() {
    return new KeyRing(List.of());
  }

  /** Whether a new key is due: none can sign yet, or the current one is older than the period. */
  public boolean rotationDue(Instant now, Duration period) {
    return current()
        .map(k -> !k.canSign() || !k.createdAt().plus(period).isAfter(now))
        .orElse(true);
  }

  /** This ring with a new current key in front, the others kept. */
  public KeyRing with(SigningKey newKey) {
    List<SigningKey> all = new ArrayList<>(keys);
    all.add(newKey);
    return new KeyRing(all);
  }

  /** This ring, rotated if due; the same ring otherwise. */
  public KeyRing rotatedIfDue(Instant now, Duration period, Supplier<SigningKey> generator) {
    return rotationDue(now, period) ? with(generator.get()) : this;
  }

  public Optional<SigningKey> current() {
    return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(0));
  }

  public Optional<SigningKey> find(String keyId) {
    return keys.stream().filter(k -> k.id().equals(keyId)).findFirst();
  }

  public List<SigningKey> keys() {
    return keys;
  }

  /** The JSON Web Key Set (RFC 7517) of the public keys, newest first. */
  public String publicKeySet() {
    JsonArrayBuilder array = Jsonp.arrayBuilder();
    keys.forEach(k -> array.add(k.publicJwk()));
    return Jsonp.objectBuilder().add("keys", array).build().toString();
  }
}
