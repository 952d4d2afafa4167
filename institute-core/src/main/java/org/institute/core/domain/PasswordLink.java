package org.institute.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A one-use link to set a password (an invitation or a reset). Only the SHA-256 of the token is
 * stored, so a copy of the database does not hold working links.
 */
@Entity
@Table(name = "core_password_link")
public class PasswordLink {

  public enum Purpose {
    INVITATION,
    RESET
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Purpose purpose;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Version private long version;

  protected PasswordLink() {}

  public PasswordLink(
      long userId, String tokenHash, Purpose purpose, Instant now, Duration validity) {
    this.userId = userId;
    this.tokenHash = tokenHash;
    this.purpose = purpose;
    this.createdAt = now;
    this.expiresAt = now.plus(validity);
  }

  public boolean usableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /** Uses the link up; a second use, or one after expiry, is refused. */
  public void useAt(Instant now) {
    if (!usableAt(now)) {
      throw new IllegalStateException("link already used or expired");
    }
    usedAt = now;
  }

  /** A newer link for the same user makes this one worthless. */
  public void supersede(Instant now) {
    if (usedAt == null) {
      usedAt = now;
    }
  }

  public long userId() {
    return userId;
  }

  public Purpose purpose() {
    return purpose;
  }
}
