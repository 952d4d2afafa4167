package org.institute.core.domain;

import java.util.Objects;
import org.institute.core.ChainCheck;

/**
 * Verifies an audit chain fed one link at a time in ascending sequence order, so a caller can page
 * through a large trail without holding it in memory. After the first break, further links are
 * ignored.
 */
public final class AuditChainVerifier {

  private long linksChecked;
  private AuditLink previous;
  private ChainCheck firstBreak;

  public void accept(AuditLink link) {
    Objects.requireNonNull(link, "link must not be null");
    if (hasFoundBreak()) {
      return;
    }
    linksChecked++;
    String problem = problemWith(link);
    if (problem != null) {
      firstBreak = ChainCheck.broken(linksChecked, link.sequence(), problem);
      return;
    }
    previous = link;
  }

  public boolean hasFoundBreak() {
    return firstBreak != null;
  }

  public ChainCheck result() {
    return hasFoundBreak() ? firstBreak : ChainCheck.intact(linksChecked);
  }

  /**
   * The result, also checking that the chain ends where its separately stored head says it does:
   * without this, entries cut off the end of the trail would go unnoticed.
   */
  public ChainCheck resultAgainstHead(long headSequence, String headHash) {
    if (hasFoundBreak()) {
      return firstBreak;
    }
    long lastSequence = previous == null ? 0 : previous.sequence();
    String lastHash = previous == null ? AuditChain.GENESIS_HASH : previous.hash();
    if (lastSequence != headSequence || !lastHash.equals(headHash)) {
      return ChainCheck.broken(
          linksChecked,
          lastSequence + 1,
          "the chain ends at entry "
              + lastSequence
              + " but its head records entry "
              + headSequence);
    }
    return ChainCheck.intact(linksChecked);
  }

  private String problemWith(AuditLink link) {
    if (previous == null) {
      return problemWithFirst(link);
    }
    long expected = previous.sequence() + 1;
    if (link.sequence() > expected) {
      return "sequence gap: expected " + expected + ", found " + link.sequence();
    }
    if (link.sequence() < expected) {
      return "sequence out of order: expected " + expected + ", found " + link.sequence();
    }
    if (!hashMatchesContents(link)) {
      return "hash does not match the entry's contents";
    }
    if (!Objects.equals(link.previousHash(), previous.hash())) {
      return "previous-hash does not match entry " + previous.sequence();
    }
    return null;
  }

  // A whole trail starts at 1, so entries removed from its beginning are a gap like any other.
  private String problemWithFirst(AuditLink link) {
    if (link.sequence() != 1) {
      return "sequence gap: expected 1, found " + link.sequence();
    }
    if (!hashMatchesContents(link)) {
      return "hash does not match the entry's contents";
    }
    if (!AuditChain.GENESIS_HASH.equals(link.previousHash())) {
      return "previous-hash of the first entry is not the genesis hash";
    }
    return null;
  }

  private static boolean hashMatchesContents(AuditLink link) {
    return AuditChain.recomputedHashOf(link).equals(link.hash());
  }
}
