package org.institute.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.institute.core.AuditEntryView;

/** A stored link of the audit hash chain. Immutable once written: no method changes it. */
@Entity
@Table(name = "core_audit_entry")
public class AuditEntry {

  @Id
  @Column(name = "seq")
  private long sequence;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(name = "at_utc", nullable = false)
  private Instant at;

  @Column(nullable = false, length = 64)
  private String action;

  @Column(name = "entity_type", nullable = false, length = 64)
  private String entityType;

  @Column(name = "entity_id", nullable = false, length = 64)
  private String entityId;

  @Column(nullable = false, length = 4000)
  private String summary;

  @Column(name = "previous_hash", nullable = false, length = 64)
  private String previousHash;

  @Column(nullable = false, length = 64)
  private String hash;

  protected AuditEntry() {}

  public AuditEntry(AuditLink link) {
    this.sequence = link.sequence();
    this.actor = link.actor();
    this.at = link.at();
    this.action = link.action();
    this.entityType = link.entityType();
    this.entityId = link.entityId();
    this.summary = link.summary();
    this.previousHash = link.previousHash();
    this.hash = link.hash();
  }

  public AuditLink link() {
    return new AuditLink(
        sequence, actor, at, action, entityType, entityId, summary, previousHash, hash);
  }

  public AuditEntryView view() {
    return new AuditEntryView(sequence, actor, at, action, entityType, entityId, summary, hash);
  }
}
