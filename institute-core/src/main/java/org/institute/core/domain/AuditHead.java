package org.institute.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that marks the end of the audit chain. Writers lock it before appending, which
 * orders concurrent appends and keeps the chain linear.
 */
@Entity
@Table(name = "core_audit_head")
public class AuditHead {
  public static final int ID = 1;

  @Id private int id;

  @Column(name = "last_seq", nullable = false)
  private long lastSequence;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected AuditHead() {}

  public long nextSequence() {
    return lastSequence + 1;
  }

  public long lastSequence() {
    return lastSequence;
  }

  public String lastHash() {
    return lastHash;
  }

  public void advanceTo(AuditLink link) {
    if (link.sequence() != lastSequence + 1 || !link.previousHash().equals(lastHash)) {
      throw new IllegalStateException("audit link does not continue the chain at " + lastSequence);
    }
    lastSequence = link.sequence();
    lastHash = link.hash();
  }
}
