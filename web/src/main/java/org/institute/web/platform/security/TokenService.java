package org.institute.web.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.AccountView;
import org.institute.web.platform.persistence.DatabaseSettings;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Issues and verifies the API's bearer tokens: RS256-signed JWTs with the MicroProfile JWT claims
 * ({@code upn}, {@code groups}). The key pair is generated at first start into the data folder, or
 * read from {@code INSTITUTE_JWT_KEY_FILE}.
 */
@ApplicationScoped
public class TokenService {

  static final String ISSUER = "urn:institute:ssijri";
  private static final Logger LOG = Logger.getLogger(TokenService.class.getName());

  @Inject private Config config;

  @Inject
  @ConfigProperty(name = "institute.jwt.lifetime", defaultValue = "PT1H")
  private Duration lifetime;

  private RsaJsonWebKey key;
  private JwtConsumer consumer;

  /** Tokens already verified, until they expire (a few hundred bytes each). */
  private final VerifiedTokens verified = new VerifiedTokens(2_000, java.time.Clock.systemUTC());

  @PostConstruct
  void loadKey() {
    Path file =
        config
            .getOptionalValue("institute.jwt.key.file", String.class)
            .map(Path::of)
            .orElseGet(
                () -> DatabaseSettings.dataDirectory(config).resolve("jwt-signing-key.json"));
    key = readOrCreate(file);
    consumer =
        new JwtConsumerBuilder()
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setRequireSubject()
            .setExpectedIssuer(ISSUER)
            .setAllowedClockSkewInSeconds(30)
            .setVerificationKeyResolver(new JwksVerificationKeyResolver(List.of(key)))
            .setJwsAlgorithmConstraints(
                org.jose4j.jwa.AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.RSA_USING_SHA256)
            .build();
  }

  private static RsaJsonWebKey readOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        return (RsaJsonWebKey)
            JsonWebKey.Factory.newJwk(Files.readString(file, StandardCharsets.UTF_8));
      }
      RsaJsonWebKey created = RsaJwkGenerator.generateJwk(2048);
      created.setKeyId("institute-" + System.currentTimeMillis());
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(
          file,
          created.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE),
          StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        LOG.warning("could not restrict permissions of the token signing key file");
      }
      LOG.info(() -> "generated a new token signing key in " + file.toAbsolutePath());
      return created;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the token signing key " + file, e);
    } catch (JoseException e) {
      throw new IllegalStateException("unusable token signing key in " + file, e);
    }
  }

  public Duration lifetime() {
    return lifetime;
  }

  public String issue(AccountView account) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setSubject(account.username());
    claims.setClaim("upn", account.username());
    claims.setStringListClaim("groups", account.roles().stream().map(Enum::name).sorted().toList());
    if (account.partner() != null) {
      claims.setClaim("partner", account.partner().value());
    }
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(lifetime.toSeconds() / 60f);
    claims.setGeneratedJwtId();
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key.getPrivateKey());
    jws.setKeyIdHeaderValue(key.getKeyId());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("could not sign a token", e);
    }
  }

  /** The token's principal when its signature, issuer and lifetime are valid. */
  public Optional<TokenPrincipal> verify(String token) {
    Optional<TokenPrincipal> known = verified.get(token);
    if (known.isPresent()) {
      return known;
    }
    try {
      JwtClaims claims = consumer.processToClaims(token);
      TokenPrincipal principal = new TokenPrincipal(token, claims);
      verified.put(token, principal, claims.getExpirationTime().getValue());
      return Optional.of(principal);
    } catch (InvalidJwtException | MalformedClaimException e) {
      return Optional.empty();
    }
  }

  Map<String, Object> publicKey() {
    return key.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
  }
}
