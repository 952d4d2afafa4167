package org.institute.core.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.institute.core.domain.PasswordHashing;

/**
 * PBKDF2-HMAC-SHA256 through the container's own {@link Pbkdf2PasswordHash}, at 210,000 iterations
 * (OWASP's 2023 figure; the Jakarta default of 2,048 is far too weak).
 */
@ApplicationScoped
class Pbkdf2PasswordHashing implements PasswordHashing {

  static final int ITERATIONS = 210_000;

  @Inject private Pbkdf2PasswordHash hash;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  @Override
  public String hash(char[] password) {
    return hash.generate(password);
  }

  @Override
  public boolean matches(char[] password, String storedHash) {
    return hash.verify(password, storedHash);
  }
}
