package org.institute.web.talent.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import org.institute.core.Jsonp;
import org.institute.core.WebhookEventType;
import org.institute.core.Webhooks;
import org.institute.talent.CertificateIssued;
import org.institute.talent.CertificateRevoked;
import org.institute.talent.EnrolmentConfirmed;
import org.institute.talent.EnrolmentWaitlisted;

/**
 * Turns talent programmes' events into webhook messages, in the event's transaction. Participants
 * appear by id only: no name or e-mail address leaves in a webhook.
 */
@ApplicationScoped
public class TalentWebhooks {

  @Inject private Webhooks webhooks;

  void enrolled(@Observes(during = TransactionPhase.IN_PROGRESS) EnrolmentConfirmed e) {
    webhooks.publish(
        WebhookEventType.ENROLMENT_CONFIRMED,
        Jsonp.objectBuilder()
            .add("enrolmentId", e.enrolmentId())
            .add("cohortId", e.cohortId())
            .add("participantId", e.participantId())
            .add("fromWaitlist", e.fromWaitlist())
            .add("confirmedAt", e.confirmedAt().toString())
            .build());
    if (e.fromWaitlist()) {
      // a seat freed by a withdrawal went to the first in line: told as such too, for receivers
      // that follow the waitlist only
      webhooks.publish(
          WebhookEventType.ENROLMENT_PROMOTED,
          Jsonp.objectBuilder()
              .add("enrolmentId", e.enrolmentId())
              .add("cohortId", e.cohortId())
              .add("participantId", e.participantId())
              .add("promotedAt", e.confirmedAt().toString())
              .build());
    }
  }

  void waitlisted(@Observes(during = TransactionPhase.IN_PROGRESS) EnrolmentWaitlisted e) {
    JsonObjectBuilder data =
        Jsonp.objectBuilder()
            .add("enrolmentId", e.enrolmentId())
            .add("cohortId", e.cohortId())
            .add("participantId", e.participantId());
    if (e.position() != null) {
      data.add("position", e.position());
    }
    webhooks.publish(
        WebhookEventType.ENROLMENT_WAITLISTED,
        data.add("waitlistedAt", e.waitlistedAt().toString()).build());
  }

  void revoked(@Observes(during = TransactionPhase.IN_PROGRESS) CertificateRevoked e) {
    webhooks.publish(
        WebhookEventType.CERTIFICATE_REVOKED,
        Jsonp.objectBuilder()
            .add("code", e.code())
            .add("cohortId", e.cohortId())
            .add("reason", e.reason())
            .add("revokedAt", e.revokedAt().toString())
            .build());
  }

  void certified(@Observes(during = TransactionPhase.IN_PROGRESS) CertificateIssued e) {
    JsonObjectBuilder data =
        Jsonp.objectBuilder()
            .add("code", e.code())
            .add("enrolmentId", e.enrolmentId())
            .add("cohortId", e.cohortId())
            .add("participantId", e.participantId())
            .add("issuedOn", e.issuedOn().toString());
    if (e.verificationUrl() != null) {
      data.add("verificationUrl", e.verificationUrl());
    }
    webhooks.publish(WebhookEventType.CERTIFICATE_ISSUED, data.build());
  }
}
