package org.institute.web.talent.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.institute.core.WebhookEventType;
import org.institute.core.testing.RecordingWebhooks;
import org.institute.core.testing.Wiring;
import org.institute.talent.EnrolmentConfirmed;
import org.institute.talent.EnrolmentWaitlisted;
import org.junit.jupiter.api.Test;

/** What enrolments' webhooks say: ids, positions and times, never a participant's name. */
class TalentWebhooksTest {

  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
  private final RecordingWebhooks webhooks = new RecordingWebhooks();

  private TalentWebhooks observer() {
    return Wiring.inject(new TalentWebhooks(), "webhooks", webhooks);
  }

  @Test
  void aWaitlistedEnrolmentSaysItsPlaceInLine() {
    observer().waitlisted(new EnrolmentWaitlisted(7, 2, 11, 3, NOW));

    assertThat(webhooks.published)
        .extracting(RecordingWebhooks.Published::type)
        .containsExactly(WebhookEventType.ENROLMENT_WAITLISTED);
    JsonObject data = webhooks.published.get(0).data();
    assertThat(data.getInt("enrolmentId")).isEqualTo(7);
    assertThat(data.getInt("cohortId")).isEqualTo(2);
    assertThat(data.getInt("participantId")).isEqualTo(11);
    assertThat(data.getInt("position")).isEqualTo(3);
    assertThat(data.getString("waitlistedAt")).isEqualTo("2026-12-05T10:00:00Z");
  }

  @Test
  void aSeatFromTheWaitlistIsToldAsConfirmedAndAsPromoted() {
    observer().enrolled(new EnrolmentConfirmed(7, 2, 11, true, NOW));

    assertThat(webhooks.published)
        .extracting(RecordingWebhooks.Published::type)
        .containsExactly(WebhookEventType.ENROLMENT_CONFIRMED, WebhookEventType.ENROLMENT_PROMOTED);
    JsonObject promoted = webhooks.published.get(1).data();
    assertThat(promoted.getInt("enrolmentId")).isEqualTo(7);
    assertThat(promoted.getString("promotedAt")).isEqualTo("2026-12-05T10:00:00Z");
  }

  @Test
  void aDirectEnrolmentIsNotAPromotion() {
    observer().enrolled(new EnrolmentConfirmed(7, 2, 11, false, NOW));

    assertThat(webhooks.published)
        .extracting(RecordingWebhooks.Published::type)
        .containsExactly(WebhookEventType.ENROLMENT_CONFIRMED);
  }
}
