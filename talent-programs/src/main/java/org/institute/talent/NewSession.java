package org.institute.talent;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A session to schedule: its local start in the zone where it happens ({@code zoneId}, such as
 * Asia/Singapore or Asia/Shanghai), length, topic (in English, and optionally in Chinese: {@code
 * topicZh}), delivery mode, venue or link, and trainer.
 */
public record NewSession(
    LocalDateTime startsAt,
    String zoneId,
    Integer durationMinutes,
    String topic,
    String topicZh,
    DeliveryMode deliveryMode,
    String venue,
    String trainer)
    implements Serializable {}
