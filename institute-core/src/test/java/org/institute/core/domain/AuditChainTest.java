package org.institute.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.institute.core.ChainCheck;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final Instant START = Instant.parse("2024-06-03T08:00:00.123456Z");

  private static List<AuditLink> chainOf(int size) {
    List<AuditLink> links = new ArrayList<>(size);
    String previousHash = AuditChain.GENESIS_HASH;
    for (long sequence = 1; sequence <= size; sequence++) {
      AuditLink link =
          AuditChain.link(
              sequence,
              "alice",
              START.plusSeconds(sequence),
              "partner.update",
              "Partner",
              Long.toString(sequence % 7),
              "changed entry " + sequence,
              previousHash);
      links.add(link);
      previousHash = link.hash();
    }
    return links;
  }

  private static AuditLink withSummary(AuditLink link, String summary) {
    return new AuditLink(
        link.sequence(),
        link.actor(),
        link.at(),
        link.action(),
        link.entityType(),
        link.entityId(),
        summary,
        link.previousHash(),
        link.hash());
  }

  private static AuditLink forgedAt(long sequence, String previousHash) {
    return AuditChain.link(
        sequence, "mallory", START, "partner.update", "Partner", "1", "forged", previousHash);
  }

  private static int indexOf(long sequence) {
    return (int) sequence - 1;
  }

  @Test
  void untouchedChainIsIntact() {
    assertThat(AuditChain.verify(chainOf(100))).isEqualTo(ChainCheck.intact(100));
  }

  @Test
  void emptyChainIsIntact() {
    assertThat(AuditChain.verify(List.of())).isEqualTo(ChainCheck.intact(0));
  }

  @Test
  void editedSummaryIsDetectedAtThatEntry() {
    List<AuditLink> links = chainOf(100);
    links.set(indexOf(41), withSummary(links.get(indexOf(41)), "nothing happened"));

    ChainCheck check = AuditChain.verify(links);

    assertThat(check.intact()).isFalse();
    assertThat(check.firstBrokenSequence()).isEqualTo(41L);
    assertThat(check.linksChecked()).isEqualTo(41);
    assertThat(check.problem()).isEqualTo("hash does not match the entry's contents");
  }

  @Test
  void deletedEntryIsDetectedAsSequenceGap() {
    List<AuditLink> links = chainOf(100);
    links.remove(indexOf(42));

    ChainCheck check = AuditChain.verify(links);

    assertThat(check.firstBrokenSequence()).isEqualTo(43L);
    assertThat(check.problem()).isEqualTo("sequence gap: expected 42, found 43");
  }

  @Test
  void forgedEntryWithValidHashButWrongPreviousHashIsDetected() {
    List<AuditLink> links = chainOf(100);
    links.set(indexOf(50), forgedAt(50, AuditChain.GENESIS_HASH));

    ChainCheck check = AuditChain.verify(links);

    assertThat(check.firstBrokenSequence()).isEqualTo(50L);
    assertThat(check.problem()).isEqualTo("previous-hash does not match entry 49");
  }

  @Test
  void forgedEntryChainedToItsPredecessorBreaksTheNextEntry() {
    List<AuditLink> links = chainOf(100);
    links.set(indexOf(50), forgedAt(50, links.get(indexOf(49)).hash()));

    ChainCheck check = AuditChain.verify(links);

    assertThat(check.firstBrokenSequence()).isEqualTo(51L);
    assertThat(check.problem()).isEqualTo("previous-hash does not match entry 50");
  }

  @Test
  void firstEntryMustFollowTheGenesisHash() {
    List<AuditLink> links = chainOf(3);
    links.set(0, forgedAt(1, "f".repeat(64)));

    ChainCheck check = AuditChain.verify(links);

    assertThat(check.firstBrokenSequence()).isEqualTo(1L);
    assertThat(check.intact()).isFalse();
  }

  @Test
  void entriesRemovedFromTheStartAreDetected() {
    List<AuditLink> links = chainOf(100);

    ChainCheck check = AuditChain.verify(links.subList(indexOf(3), 100));

    assertThat(check.intact()).isFalse();
    assertThat(check.firstBrokenSequence()).isEqualTo(3L);
    assertThat(check.problem()).contains("expected 1");
  }

  @Test
  void entriesRemovedFromTheEndAreDetectedAgainstTheHead() {
    List<AuditLink> links = chainOf(100);
    AuditLink head = links.get(indexOf(100));
    AuditChainVerifier verifier = new AuditChainVerifier();

    links.subList(0, indexOf(98)).forEach(verifier::accept);

    ChainCheck check = verifier.resultAgainstHead(head.sequence(), head.hash());
    assertThat(check.intact()).isFalse();
    assertThat(check.firstBrokenSequence()).isEqualTo(98L);
  }

  @Test
  void wholeChainEndingAtItsHeadIsIntact() {
    List<AuditLink> links = chainOf(100);
    AuditLink head = links.get(indexOf(100));
    AuditChainVerifier verifier = new AuditChainVerifier();

    links.forEach(verifier::accept);

    assertThat(verifier.resultAgainstHead(head.sequence(), head.hash()))
        .isEqualTo(ChainCheck.intact(100));
  }

  @Test
  void streamingVerifierFedPageByPageFindsTheSameBreak() {
    List<AuditLink> links = chainOf(100);
    links.set(indexOf(77), withSummary(links.get(indexOf(77)), "tampered"));
    AuditChainVerifier verifier = new AuditChainVerifier();

    for (int pageStart = 0; pageStart < links.size(); pageStart += 10) {
      links.subList(pageStart, pageStart + 10).forEach(verifier::accept);
    }

    assertThat(verifier.result()).isEqualTo(AuditChain.verify(links));
    assertThat(verifier.result().firstBrokenSequence()).isEqualTo(77L);
  }

  @Test
  void hashIsSixtyFourLowercaseHexCharacters() {
    String hash = hashWith("summary");

    assertThat(hash).matches("[0-9a-f]{64}");
  }

  @Test
  void hashIsDeterministic() {
    assertThat(hashWith("summary")).isEqualTo(hashWith("summary"));
  }

  @Test
  void nullAndEmptyStringHashDifferently() {
    assertThat(hashWith(null)).isNotEqualTo(hashWith(""));
  }

  @Test
  void fieldBoundariesCannotBeShifted() {
    String ab = AuditChain.hashOf(1, "ab", START, "x", "T", "1", "s", AuditChain.GENESIS_HASH);
    String a = AuditChain.hashOf(1, "a", START, "bx", "T", "1", "s", AuditChain.GENESIS_HASH);

    assertThat(ab).isNotEqualTo(a);
  }

  @Test
  void changingAnySingleFieldChangesTheHash() {
    String g = AuditChain.GENESIS_HASH;
    Instant at = START;
    List<String> hashes =
        List.of(
            AuditChain.hashOf(7, "alice", at, "act", "Type", "id", "sum", g),
            AuditChain.hashOf(8, "alice", at, "act", "Type", "id", "sum", g),
            AuditChain.hashOf(7, "bob", at, "act", "Type", "id", "sum", g),
            AuditChain.hashOf(7, "alice", at.plusMillis(1), "act", "Type", "id", "sum", g),
            AuditChain.hashOf(7, "alice", at, "act2", "Type", "id", "sum", g),
            AuditChain.hashOf(7, "alice", at, "act", "Type2", "id", "sum", g),
            AuditChain.hashOf(7, "alice", at, "act", "Type", "id2", "sum", g),
            AuditChain.hashOf(7, "alice", at, "act", "Type", "id", "sum2", g),
            AuditChain.hashOf(7, "alice", at, "act", "Type", "id", "sum", "1".repeat(64)));

    Set<String> distinct = new HashSet<>(hashes);

    assertThat(distinct).hasSameSizeAs(hashes);
  }

  @Test
  void hashIgnoresPrecisionBelowMicroseconds() {
    Instant micros = Instant.parse("2024-06-03T08:00:00.123456Z");
    Instant nanos = Instant.parse("2024-06-03T08:00:00.123456789Z");

    assertThat(AuditChain.hashOf(1, "a", nanos, "x", "T", "1", "s", AuditChain.GENESIS_HASH))
        .isEqualTo(AuditChain.hashOf(1, "a", micros, "x", "T", "1", "s", AuditChain.GENESIS_HASH));
  }

  @Test
  void linkStoresTheInstantAtHashedPrecision() {
    AuditLink link =
        AuditChain.link(
            1,
            "a",
            Instant.parse("2024-06-03T08:00:00.123456789Z"),
            "x",
            "T",
            "1",
            "s",
            AuditChain.GENESIS_HASH);

    assertThat(link.at()).isEqualTo(Instant.parse("2024-06-03T08:00:00.123456Z"));
  }

  private static String hashWith(String summary) {
    return AuditChain.hashOf(
        1, "alice", START, "act", "Type", "id", summary, AuditChain.GENESIS_HASH);
  }
}
