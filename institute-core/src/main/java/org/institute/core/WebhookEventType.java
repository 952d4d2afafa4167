package org.institute.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an integrator can be told about, by webhook. Each type has the name it carries on the wire
 * (the {@code type} of the delivered message); modules' events are translated into them by the web
 * module's observers. Events carry ids and values, never whole records.
 */
public enum WebhookEventType {
  LICENCE_DEAL_STATE_CHANGED("licence-deal.state-changed"),
  LICENCE_DEAL_EXECUTED("licence-deal.executed"),
  LICENCE_DEAL_TERMINATED("licence-deal.terminated"),
  PAYMENT_RECORDED("payment.recorded"),
  PAYMENT_VOIDED("payment.voided"),
  ENROLMENT_CONFIRMED("enrolment.confirmed"),
  ENROLMENT_WAITLISTED("enrolment.waitlisted"),
  ENROLMENT_PROMOTED("enrolment.promoted"),
  CERTIFICATE_ISSUED("certificate.issued"),
  CERTIFICATE_REVOKED("certificate.revoked"),
  ROYALTY_REPORT_FILED("royalty-report.filed");

  private final String wireName;

  WebhookEventType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The type of a wire name, or of an enum constant's name. */
  public static Optional<WebhookEventType> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    return Arrays.stream(values())
        .filter(v -> v.wireName.equalsIgnoreCase(t) || v.name().equalsIgnoreCase(t))
        .findFirst();
  }
}
