package org.institute.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.institute.core.IdempotencyRecords.StoredResponse;
import org.institute.core.MailOutbox;
import org.junit.jupiter.api.Test;

class KernelRecordsTest {

  private static final Instant T0 = Instant.parse("2024-06-15T08:00:00Z");
  private static final Currency SGD = Currency.getInstance("SGD");
  private static final Currency CNY = Currency.getInstance("CNY");

  @Test
  void aMailIsPendingUntilSentAndTheSendingCountsAsAnAttempt() {
    OutboxMessage m = Persisted.withId(new OutboxMessage("a@b.cn", "Hello", "Body", T0), 3L);
    assertThat(m.isPending()).isTrue();
    assertThat(m.id()).isEqualTo(3L);
    assertThat(m.recipient()).isEqualTo("a@b.cn");
    assertThat(m.subject()).isEqualTo("Hello");
    assertThat(m.body()).isEqualTo("Body");

    m.markAttemptFailed("connection refused");
    m.markSent(T0.plusSeconds(60));

    MailOutbox.Message v = m.view();
    assertThat(m.isPending()).isFalse();
    assertThat(v.status()).isEqualTo("SENT");
    assertThat(v.sentAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(v.createdAt()).isEqualTo(T0);
    assertThat(v.attempts()).isEqualTo(2);
    assertThat(v.lastError()).isNull();
  }

  @Test
  void aMailFailsForGoodOnItsFifthFailedAttempt() {
    OutboxMessage m = Persisted.withId(new OutboxMessage("a@b.cn", "Hello", "Body", T0), 3L);
    for (int i = 1; i < OutboxMessage.MAX_ATTEMPTS; i++) {
      m.markAttemptFailed("timeout " + i);
      assertThat(m.isPending()).as("after attempt " + i).isTrue();
    }
    m.markAttemptFailed("timeout 5");

    assertThat(m.isPending()).isFalse();
    assertThat(m.view().status()).isEqualTo("FAILED");
    assertThat(m.view().attempts()).isEqualTo(5);
    assertThat(m.view().lastError()).isEqualTo("timeout 5");
  }

  @Test
  void theLastErrorIsCutToAThousandCharacters() {
    OutboxMessage m = Persisted.withId(new OutboxMessage("a@b.cn", "s", "b", T0), 1L);
    m.markAttemptFailed("e".repeat(1500));
    assertThat(m.view().lastError()).hasSize(1000);
    m.markAttemptFailed("short");
    assertThat(m.view().lastError()).isEqualTo("short");
    m.markAttemptFailed(null);
    assertThat(m.view().lastError()).isNull();
  }

  @Test
  void anIdempotencyKeyIsKeptForTwentyFourHours() {
    IdempotencyRecord r = new IdempotencyRecord("admin", "key-1", "hash", T0);
    assertThat(r.expiredAt(T0.plus(Duration.ofHours(24)))).isFalse();
    assertThat(r.expiredAt(T0.plus(Duration.ofHours(24)).plusMillis(1))).isTrue();
  }

  @Test
  void aKeyAnswersOnlyTheSameRequestWithTheFirstResponse() {
    IdempotencyRecord r = new IdempotencyRecord("admin", "key-1", "hash", T0);
    assertThat(r.sameRequest("hash")).isTrue();
    assertThat(r.sameRequest("other")).isFalse();
    assertThat(r.completed()).isFalse();

    byte[] body = {1, 2};
    r.complete(new StoredResponse(201, "application/json", "/api/v1/deals/9", body), T0);
    r.complete(new StoredResponse(500, "text/plain", null, new byte[0]), T0.plusSeconds(1));

    assertThat(r.completed()).isTrue();
    StoredResponse first = r.response();
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.mediaType()).isEqualTo("application/json");
    assertThat(first.location()).isEqualTo("/api/v1/deals/9");
    assertThat(first.body()).containsExactly(1, 2);
  }

  @Test
  void theAuditHeadAdvancesOnlyToTheLinkThatContinuesTheChain() {
    AuditHead head = headAt(0, "genesis");
    assertThat(head.nextSequence()).isEqualTo(1L);

    head.advanceTo(new AuditLink(1, "admin", T0, "A", "E", "1", "s", "genesis", "h1"));

    assertThat(head.lastSequence()).isEqualTo(1L);
    assertThat(head.lastHash()).isEqualTo("h1");
  }

  @Test
  void theAuditHeadRefusesAGapOrAForeignPreviousHash() {
    AuditHead head = headAt(4, "h4");
    assertThat(head.nextSequence()).isEqualTo(5L);

    assertThatThrownBy(
            () -> head.advanceTo(new AuditLink(6, "a", T0, "A", "E", "1", "s", "h4", "h6")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> head.advanceTo(new AuditLink(4, "a", T0, "A", "E", "1", "s", "h4", "h6")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> head.advanceTo(new AuditLink(5, "a", T0, "A", "E", "1", "s", "h3", "h5")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(head.lastSequence()).isEqualTo(4L);

    head.advanceTo(new AuditLink(5, "a", T0, "A", "E", "1", "s", "h4", "h5"));

    assertThat(head.lastSequence()).isEqualTo(5L);
    assertThat(head.lastHash()).isEqualTo("h5");
    assertThat(head.nextSequence()).isEqualTo(6L);
  }

  private static AuditHead headAt(long sequence, String hash) {
    AuditHead head = new AuditHead();
    try {
      var seq = AuditHead.class.getDeclaredField("lastSequence");
      seq.setAccessible(true);
      seq.setLong(head, sequence);
      var h = AuditHead.class.getDeclaredField("lastHash");
      h.setAccessible(true);
      h.set(head, hash);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return head;
  }

  @Test
  void anAuditEntryKeepsItsLinkAndShowsItWithoutThePreviousHash() {
    AuditLink link = new AuditLink(9, "admin", T0, "PAYMENT", "Deal", "4", "S$100", "h8", "h9");
    AuditEntry e = new AuditEntry(link);
    assertThat(e.link()).isEqualTo(link);
    assertThat(e.view().sequence()).isEqualTo(9L);
    assertThat(e.view().hash()).isEqualTo("h9");
    assertThat(e.view().summary()).isEqualTo("S$100");
  }

  @Test
  void aPasswordLinkWorksOnceAndOnlyBeforeItExpires() {
    PasswordLink link =
        new PasswordLink(7, "th", PasswordLink.Purpose.INVITATION, T0, Duration.ofHours(48));
    assertThat(link.userId()).isEqualTo(7L);
    assertThat(link.purpose()).isEqualTo(PasswordLink.Purpose.INVITATION);
    Instant expiry = T0.plus(Duration.ofHours(48));
    assertThat(link.usableAt(expiry.minusMillis(1))).isTrue();
    assertThat(link.usableAt(expiry)).isFalse();
    assertThatThrownBy(() -> link.useAt(expiry)).isInstanceOf(IllegalStateException.class);

    link.useAt(T0.plusSeconds(10));

    assertThat(link.usableAt(T0.plusSeconds(11))).isFalse();
    assertThatThrownBy(() -> link.useAt(T0.plusSeconds(12)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSupersededLinkNoLongerWorks() {
    PasswordLink link =
        new PasswordLink(7, "th", PasswordLink.Purpose.RESET, T0, Duration.ofHours(1));
    link.supersede(T0.plusSeconds(1));
    assertThat(link.usableAt(T0.plusSeconds(2))).isFalse();
  }

  @Test
  void anExchangeRateIsCorrectedUnderTheSameRules() {
    FxRate rate =
        new FxRate(
            new FxQuote(LocalDate.of(2020, 12, 8), SGD, CNY, new BigDecimal("4.9180")),
            "announcement");
    assertThat(rate.rate()).isEqualByComparingTo("4.9180");
    assertThat(rate.source()).isEqualTo("announcement");
    assertThat(rate.quote())
        .isEqualTo(new FxQuote(LocalDate.of(2020, 12, 8), SGD, CNY, new BigDecimal("4.9180")));

    rate.correct(new BigDecimal("4.9200"), "MAS");

    assertThat(rate.rate()).isEqualByComparingTo("4.92");
    assertThat(rate.source()).isEqualTo("MAS");
    assertThatThrownBy(() -> rate.correct(BigDecimal.ZERO, "typo"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(rate.rate()).isEqualByComparingTo("4.92");
  }

  @Test
  void aDocumentKeepsACopyOfItsContent() {
    byte[] content = {1, 2, 3};
    Document d =
        Persisted.withId(new Document("a.pdf", "application/pdf", content, "sha", T0, "admin"), 5L);
    content[0] = 9;
    byte[] read = d.content();
    read[1] = 9;

    assertThat(d.content()).containsExactly(1, 2, 3);
    assertThat(d.view().size()).isEqualTo(3);
    assertThat(d.view().id()).isEqualTo(5L);
    assertThat(d.view().fileName()).isEqualTo("a.pdf");
    assertThat(d.view().sha256()).isEqualTo("sha");
    assertThat(d.view().storedBy()).isEqualTo("admin");
  }
}
