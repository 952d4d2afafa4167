package org.institute.core;

import java.io.Serializable;
import java.time.Instant;

/** One audit entry, as readers see it. */
public record AuditEntryView(
    long sequence,
    String actor,
    Instant at,
    String action,
    String entityType,
    String entityId,
    String summary,
    String hash)
    implements Serializable {}
