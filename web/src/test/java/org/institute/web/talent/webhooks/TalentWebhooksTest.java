package org.institute.web.talent.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.institute.core.WebhookEventType;
import org.institute.core.Webhooks;
import org.institute.talent.EnrolmentConfirmed;
import org.institute.talent.EnrolmentWaitlisted;
import org.junit.jupiter.api.Test;

/** What enrolments' webhooks say: ids, positions and times, never a participant's name. */
class TalentWebhooksTest {

  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
  private final List<Object[]> published = new ArrayList<>();

  private TalentWebhooks observer() throws ReflectiveOperationException {
    TalentWebhooks observer = new TalentWebhooks();
    Webhooks webhooks =
        (Webhooks)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Webhooks.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("publish")) {
                    published.add(args);
                    return null;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    Field f = TalentWebhooks.class.getDeclaredField("webhooks");
    f.setAccessible(true);
    f.set(observer, webhooks);
    return observer;
  }

  @Test
  void aWaitlistedEnrolmentSaysItsPlaceInLine() throws ReflectiveOperationException {
    observer().waitlisted(new EnrolmentWaitlisted(7, 2, 11, 3, NOW));

    assertThat(published)
        .extracting(a -> a[0])
        .containsExactly(WebhookEventType.ENROLMENT_WAITLISTED);
    JsonObject data = (JsonObject) published.get(0)[1];
    assertThat(data.getInt("enrolmentId")).isEqualTo(7);
    assertThat(data.getInt("cohortId")).isEqualTo(2);
    assertThat(data.getInt("participantId")).isEqualTo(11);
    assertThat(data.getInt("position")).isEqualTo(3);
    assertThat(data.getString("waitlistedAt")).isEqualTo("2026-12-05T10:00:00Z");
  }

  @Test
  void aSeatFromTheWaitlistIsToldAsConfirmedAndAsPromoted() throws ReflectiveOperationException {
    observer().enrolled(new EnrolmentConfirmed(7, 2, 11, true, NOW));

    assertThat(published)
        .extracting(a -> a[0])
        .containsExactly(WebhookEventType.ENROLMENT_CONFIRMED, WebhookEventType.ENROLMENT_PROMOTED);
    JsonObject promoted = (JsonObject) published.get(1)[1];
    assertThat(promoted.getInt("enrolmentId")).isEqualTo(7);
    assertThat(promoted.getString("promotedAt")).isEqualTo("2026-12-05T10:00:00Z");
  }

  @Test
  void aDirectEnrolmentIsNotAPromotion() throws ReflectiveOperationException {
    observer().enrolled(new EnrolmentConfirmed(7, 2, 11, false, NOW));

    assertThat(published)
        .extracting(a -> a[0])
        .containsExactly(WebhookEventType.ENROLMENT_CONFIRMED);
  }
}
