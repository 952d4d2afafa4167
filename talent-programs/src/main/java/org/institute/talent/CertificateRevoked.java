package org.institute.talent;

import java.io.Serializable;
import java.time.Instant;

/**
 * A certificate was revoked: its credential's status bit is set and verification says so. Published
 * (CDI event) inside the transaction that revokes it.
 */
public record CertificateRevoked(
    String code, long cohortId, String reason, String revokedBy, Instant revokedAt)
    implements Serializable {}
