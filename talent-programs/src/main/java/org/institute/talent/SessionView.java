package org.institute.talent;

import java.io.Serializable;
import java.time.LocalDateTime;

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
    DeliveryMode deliveryMode,
    String venue,
    String trainer,
    boolean attendanceTaken,
    boolean started)
    implements Serializable {}
