package org.institute.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.AccessTokens;
import org.institute.core.ApiScope;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;

/**
 * A personal access token: whose it is, what it is called, its scopes, until when it works, the
 * hash of its secret, and when it was last used or revoked.
 */
@Entity
@Table(name = "core_access_token")
public class AccessToken {

  public static final int MAX_NAME = 80;
  public static final int MAX_RATE = 100_000;

  /** Last use is noted at most this often: a busy token must not write on every request. */
  static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(nullable = false, length = 16)
  private String prefix;

  /** The scopes' wire names, comma-separated. */
  @Column(nullable = false, length = 300)
  private String scopes;

  @Column(name = "rate_per_minute")
  private Integer ratePerMinute;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 64)
  private String revokedBy;

  @Version private long version;

  protected AccessToken() {}

  /**
   * A token, checked: a name of at most {@value #MAX_NAME} characters, at least one scope, an
   * expiry date after today and at most {@link AccessTokens#MAX_DAYS} days ahead (the token works
   * to the end of that day, UTC), a rate between 1 and {@value #MAX_RATE} per minute if any.
   *
   * @throws InvalidCommandException naming every field that is wrong
   */
  public AccessToken(
      String username, AccessTokens.NewAccessToken command, String secret, Instant now) {
    List<Violation> violations = new ArrayList<>();
    String cleanName = command.name() == null ? "" : command.name().trim();
    if (cleanName.isEmpty()) {
      violations.add(new Violation("name", "accessToken.name.required"));
    } else if (cleanName.length() > MAX_NAME) {
      violations.add(new Violation("name", "accessToken.name.tooLong"));
    }
    if (command.scopes() == null || command.scopes().isEmpty()) {
      violations.add(new Violation("scopes", "accessToken.scopes.required"));
    }
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate expiresOn = command.expiresOn();
    if (expiresOn == null) {
      violations.add(new Violation("expiresOn", "accessToken.expiresOn.required"));
    } else if (!expiresOn.isAfter(today)) {
      violations.add(new Violation("expiresOn", "accessToken.expiresOn.past"));
    } else if (expiresOn.isAfter(today.plusDays(AccessTokens.MAX_DAYS))) {
      violations.add(new Violation("expiresOn", "accessToken.expiresOn.tooFar"));
    }
    Integer rate = command.ratePerMinute();
    if (rate != null && (rate < 1 || rate > MAX_RATE)) {
      violations.add(new Violation("ratePerMinute", "accessToken.rate.range"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidCommandException(violations);
    }
    this.username = username;
    this.name = cleanName;
    this.tokenHash = AccessTokenSecret.hash(secret);
    this.prefix = AccessTokenSecret.displayPrefix(secret);
    this.scopes =
        EnumSet.copyOf(command.scopes()).stream()
            .map(ApiScope::wireName)
            .collect(Collectors.joining(","));
    this.ratePerMinute = rate;
    this.createdAt = now;
    this.expiresAt = expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Neither revoked nor past its expiry. */
  public boolean activeAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  /** Notes a use, unless one was noted within the last minute; true when something changed. */
  public boolean usedAt(Instant now) {
    if (lastUsedAt != null && lastUsedAt.plus(USE_NOTED_EVERY).isAfter(now)) {
      return false;
    }
    lastUsedAt = now;
    return true;
  }

  /** Revokes the token; false when it was revoked already. */
  public boolean revoke(String by, Instant now) {
    if (revokedAt != null) {
      return false;
    }
    revokedAt = now;
    revokedBy = by;
    return true;
  }

  public Set<ApiScope> scopeSet() {
    Set<ApiScope> set = EnumSet.noneOf(ApiScope.class);
    Arrays.stream(scopes.split(","))
        .map(ApiScope::parse)
        .flatMap(java.util.Optional::stream)
        .forEach(set::add);
    return set;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String name() {
    return name;
  }

  public String prefix() {
    return prefix;
  }

  public Integer ratePerMinute() {
    return ratePerMinute;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
