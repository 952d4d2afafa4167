package org.institute.talent;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.institute.core.BilingualText;

/**
 * A scheduled session. {@code startsAt} is ISO-8601 with offset and zone
 * (2026-03-02T09:00+08:00[Asia/Singapore]); {@code localStart} is the wall-clock time in that zone.
 */
public record SessionView(
    long id,
    long cohortId,
    String startsAt,
    String zoneId,
    LocalDateTime localStart,
    int durationMinutes,
    String topic,
    String topicZh,
    DeliveryMode deliveryMode,
    String venue,
    String trainer,
    boolean attendanceTaken,
    boolean started)
    implements Serializable {

  /** The topic for a reader of {@code language}: the Chinese one when stored. */
  public String topic(String language) {
    return BilingualText.in(topic, topicZh, language);
  }
}
