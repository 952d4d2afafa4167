package org.institute.core.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.institute.core.AuditQuery;

public interface AuditRepository {
  /** The chain head, locked for the rest of the transaction. */
  AuditHead lockHead();

  void append(AuditEntry entry);

  List<AuditEntry> search(AuditQuery query, int firstResult, int maxResults);

  long count(AuditQuery query);

  /** Keeps a verification of the chain. */
  void addVerification(AuditVerification verification);

  /** The latest verification kept, if any. */
  Optional<AuditVerification> lastVerification();

  /**
   * Entries newest first, those before the cursor's sequence when there is one; at most {@code
   * rows}.
   */
  List<AuditEntry> before(AuditQuery query, Long sequence, int rows);

  /** The chain head as last committed, without locking it. */
  AuditHead head();

  /** Feeds links 1..upTo in sequence order, page by page, without holding the chain in memory. */
  void forEachInSequence(long upTo, Consumer<AuditLink> consumer);
}
