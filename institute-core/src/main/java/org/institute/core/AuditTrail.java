package org.institute.core;

import java.util.Optional;

/**
 * The append-only, hash-chained record of every write of value. Call {@link #record} inside the
 * transaction that makes the change, so the change and its entry commit or roll back together.
 */
public interface AuditTrail {

  /** Appends an entry with the current caller as actor. */
  void record(String action, String entityType, String entityId, String summary);

  /** Appends an entry for an actor other than the caller (e.g. a failed sign-in by a name). */
  void recordAs(String actor, String action, String entityType, String entityId, String summary);

  AuditPage search(AuditQuery query, int firstResult, int maxResults);

  /**
   * The same entries read by keyset (decision 0095), newest first: those before the page's cursor,
   * counted only when the page asks for the exact total.
   */
  Slice<AuditEntryView> entries(AuditQuery query, PageRequest page);

  /**
   * Walks the whole chain and reports the first broken link, if any; the verification is kept,
   * under the caller's name (decision 0123).
   */
  ChainCheck verify();

  /**
   * The latest verification kept, without walking the chain again: what a page shows at every view.
   */
  Optional<ChainVerification> lastVerification();

  /**
   * How many entries the trail holds: the sequence of its last entry (the trail is append-only and
   * numbered from 1), read from the chain's head without counting the entries.
   */
  long length();
}
