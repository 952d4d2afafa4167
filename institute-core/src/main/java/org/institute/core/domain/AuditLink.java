package org.institute.core.domain;

import java.time.Instant;

/**
 * One entry of the audit hash chain as stored. Deliberately unvalidated so that tampered or damaged
 * rows can still be loaded and reported by {@link AuditChain#verify(Iterable)}.
 */
public record AuditLink(
    long sequence,
    String actor,
    Instant at,
    String action,
    String entityType,
    String entityId,
    String summary,
    String previousHash,
    String hash) {}
