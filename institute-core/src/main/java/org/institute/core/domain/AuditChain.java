package org.institute.core.domain;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import org.institute.core.ChainCheck;

/**
 * Builds and verifies the tamper-evident audit trail: each link's hash covers its contents and the
 * previous link's hash, so editing, deleting or re-ordering an entry breaks the chain.
 */
public final class AuditChain {

  /** The previous-hash of the very first link (sequence 1). */
  public static final String GENESIS_HASH = "0".repeat(64);

  // Separates this hash from any other SHA-256 use and lets the encoding evolve under a new tag.
  private static final byte[] DOMAIN_TAG = "institute-audit-chain-v1".getBytes(UTF_8);
  private static final byte NULL_FIELD = 0;
  private static final byte PRESENT_FIELD = 1;

  private AuditChain() {}

  /**
   * Returns the lowercase hex SHA-256 of the link's fields. Every field is length-prefixed and
   * flagged as null or present, so no two different field tuples share an encoding. The instant is
   * truncated to microseconds because that is what a database timestamp keeps.
   */
  public static String hashOf(
      long sequence,
      String actor,
      Instant at,
      String action,
      String entityType,
      String entityId,
      String summary,
      String previousHash) {
    MessageDigest digest = sha256();
    digest.update(DOMAIN_TAG);
    updateField(digest, Long.toString(sequence));
    updateField(digest, actor);
    updateField(digest, at == null ? null : at.truncatedTo(ChronoUnit.MICROS).toString());
    updateField(digest, action);
    updateField(digest, entityType);
    updateField(digest, entityId);
    updateField(digest, summary);
    updateField(digest, previousHash);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Builds the next link, storing the instant at the precision that is hashed. */
  public static AuditLink link(
      long sequence,
      String actor,
      Instant at,
      String action,
      String entityType,
      String entityId,
      String summary,
      String previousHash) {
    Instant storedAt = at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    return new AuditLink(
        sequence,
        actor,
        storedAt,
        action,
        entityType,
        entityId,
        summary,
        previousHash,
        hashOf(sequence, actor, storedAt, action, entityType, entityId, summary, previousHash));
  }

  /** Recomputes the hash from the link's stored contents. */
  public static String recomputedHashOf(AuditLink link) {
    Objects.requireNonNull(link, "link must not be null");
    return hashOf(
        link.sequence(),
        link.actor(),
        link.at(),
        link.action(),
        link.entityType(),
        link.entityId(),
        link.summary(),
        link.previousHash());
  }

  /** Verifies links given in ascending sequence order and reports the first broken one. */
  public static ChainCheck verify(Iterable<AuditLink> linksInSequenceOrder) {
    Objects.requireNonNull(linksInSequenceOrder, "links must not be null");
    AuditChainVerifier verifier = new AuditChainVerifier();
    for (AuditLink link : linksInSequenceOrder) {
      verifier.accept(link);
      if (verifier.hasFoundBreak()) {
        break;
      }
    }
    return verifier.result();
  }

  private static void updateField(MessageDigest digest, String value) {
    if (value == null) {
      digest.update(NULL_FIELD);
      return;
    }
    byte[] bytes = value.getBytes(UTF_8);
    digest.update(PRESENT_FIELD);
    digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
