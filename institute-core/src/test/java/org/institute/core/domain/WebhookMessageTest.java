package org.institute.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.institute.core.WebhookDeliveryStatus;
import org.institute.core.WebhookEventType;
import org.junit.jupiter.api.Test;

class WebhookMessageTest {

  private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

  private static WebhookMessage message() {
    return new WebhookMessage(7, WebhookEventType.PAYMENT_RECORDED, "{}", NOW);
  }

  @Test
  void aNewMessageIsDueAtOnceWithItsOwnId() {
    WebhookMessage m = message();
    assertThat(m.isDue(NOW)).isTrue();
    assertThat(m.isDue(NOW.minusSeconds(1))).isFalse();
    assertThat(m.messageId()).startsWith("msg_").hasSize(36);
    assertThat(message().messageId()).isNotEqualTo(m.messageId());
  }

  @Test
  void aDeliveredMessageIsDueNoMore() {
    WebhookMessage m = message();
    m.delivered(NOW, 204);
    assertThat(m.status()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
    assertThat(m.attempts()).isEqualTo(1);
    assertThat(m.deliveredAt()).isEqualTo(NOW);
    assertThat(m.lastResponseStatus()).isEqualTo(204);
    assertThat(m.isDue(NOW.plus(Duration.ofDays(9)))).isFalse();
  }

  @Test
  void failuresWaitLongerEachTimeThenGiveUp() {
    WebhookMessage m = message();
    Instant at = NOW;
    for (Duration delay : WebhookMessage.RETRY_DELAYS) {
      m.attemptFailed(at, 503, "HTTP 503");
      assertThat(m.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
      assertThat(m.nextAttemptAt()).isEqualTo(at.plus(delay));
      assertThat(m.isDue(at.plus(delay).minusMillis(1))).isFalse();
      at = at.plus(delay);
      assertThat(m.isDue(at)).isTrue();
    }
    m.attemptFailed(at, null, "java.net.ConnectException: refused");
    assertThat(m.status()).isEqualTo(WebhookDeliveryStatus.FAILED);
    assertThat(m.attempts()).isEqualTo(WebhookMessage.RETRY_DELAYS.size() + 1);
    assertThat(m.nextAttemptAt()).isNull();
    assertThat(m.lastError()).contains("refused");
    assertThat(m.isDue(at.plus(Duration.ofDays(30)))).isFalse();
  }

  @Test
  void sendingAgainMakesAFailedMessageDueNowWithTheSameId() {
    WebhookMessage m = message();
    String id = m.messageId();
    for (int i = 0; i <= WebhookMessage.RETRY_DELAYS.size(); i++) {
      m.attemptFailed(NOW, 500, "x".repeat(2000));
    }
    assertThat(m.lastError()).hasSize(1000);
    Instant later = NOW.plus(Duration.ofDays(2));
    m.sendAgain(later);
    assertThat(m.isDue(later)).isTrue();
    assertThat(m.attempts()).isZero();
    assertThat(m.messageId()).isEqualTo(id);
    m.attemptFailed(later, 500, "again");
    assertThat(m.nextAttemptAt()).isEqualTo(later.plus(WebhookMessage.RETRY_DELAYS.get(0)));
  }
}
