package org.institute.core.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.institute.core.IdempotencyRecords.StoredResponse;

/** One user's use of one idempotency key: claimed first, then completed with the response. */
@Entity
@Table(name = "core_idempotency_record")
public class IdempotencyRecord {

  /** How long a key is remembered; after that the same key starts afresh. */
  public static final Duration RETENTION = Duration.ofHours(24);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(name = "idem_key", nullable = false, length = 128)
  private String key;

  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "status_code")
  private Integer status;

  @Column(name = "media_type", length = 100)
  private String mediaType;

  @Column(length = 1000)
  private String location;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] body;

  protected IdempotencyRecord() {}

  public IdempotencyRecord(String username, String key, String requestHash, Instant now) {
    this.username = username;
    this.key = key;
    this.requestHash = requestHash;
    this.createdAt = now;
  }

  public boolean expiredAt(Instant now) {
    return createdAt.plus(RETENTION).isBefore(now);
  }

  public boolean sameRequest(String hash) {
    return requestHash.equals(hash);
  }

  public boolean completed() {
    return completedAt != null;
  }

  public void complete(StoredResponse response, Instant now) {
    if (completed()) {
      return;
    }
    this.completedAt = now;
    this.status = response.status();
    this.mediaType = response.mediaType();
    this.location = response.location();
    this.body = response.body();
  }

  public StoredResponse response() {
    return new StoredResponse(status, mediaType, location, body);
  }
}
