package org.institute.web.licensing.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Collection;
import java.util.List;
import org.institute.core.WebhookEventType;
import org.institute.core.Webhooks;
import org.institute.licensing.LicenceDealExecuted;
import org.institute.licensing.LicenceDealStateChanged;
import org.institute.licensing.LicenceDealTerminated;
import org.institute.licensing.PaymentRecorded;
import org.institute.licensing.PaymentVoided;

/**
 * Turns licensing's events into webhook messages, in the event's transaction (so a rolled-back
 * change tells nobody). A payment's parts carry partner ids and amounts only.
 */
@ApplicationScoped
public class LicensingWebhooks {

  @Inject private Webhooks webhooks;

  void changed(@Observes(during = TransactionPhase.IN_PROGRESS) LicenceDealStateChanged e) {
    webhooks.publish(
        WebhookEventType.LICENCE_DEAL_STATE_CHANGED,
        Json.createObjectBuilder()
            .add("dealId", e.dealId())
            .add("action", e.action().name())
            .add("fromState", e.fromState().name())
            .add("toState", e.toState().name())
            .add("licenseeId", e.licenseeId())
            .add("licensorIds", ids(e.licensorIds()))
            .add("changedAt", e.changedAt().toString())
            .build());
  }

  void executed(@Observes(during = TransactionPhase.IN_PROGRESS) LicenceDealExecuted e) {
    webhooks.publish(
        WebhookEventType.LICENCE_DEAL_EXECUTED,
        Json.createObjectBuilder()
            .add("dealId", e.dealId())
            .add("licenseeId", e.licenseeId())
            .add("licensorIds", ids(e.licensorIds()))
            .add("signingDate", e.signingDate().toString())
            .add("currency", e.currency())
            .add("totalValue", e.totalValue())
            .build());
  }

  void terminated(@Observes(during = TransactionPhase.IN_PROGRESS) LicenceDealTerminated e) {
    webhooks.publish(
        WebhookEventType.LICENCE_DEAL_TERMINATED,
        Json.createObjectBuilder()
            .add("dealId", e.dealId())
            .add("licenseeId", e.licenseeId())
            .add("licensorIds", ids(e.licensorIds()))
            .build());
  }

  void paid(@Observes(during = TransactionPhase.IN_PROGRESS) PaymentRecorded e) {
    webhooks.publish(
        WebhookEventType.PAYMENT_RECORDED,
        Json.createObjectBuilder()
            .add("paymentId", e.paymentId())
            .add("dealId", e.dealId())
            .add("receivedOn", e.receivedOn().toString())
            .add("amount", e.amount())
            .add("currency", e.currency())
            .add("purpose", e.purpose().name())
            .add("parts", parts(e.parts()))
            .build());
  }

  void voided(@Observes(during = TransactionPhase.IN_PROGRESS) PaymentVoided e) {
    webhooks.publish(
        WebhookEventType.PAYMENT_VOIDED,
        Json.createObjectBuilder()
            .add("paymentId", e.paymentId())
            .add("dealId", e.dealId())
            .add("receivedOn", e.receivedOn().toString())
            .add("amount", e.amount())
            .add("currency", e.currency())
            .add("parts", parts(e.parts()))
            .build());
  }

  private static JsonArrayBuilder ids(Collection<Long> ids) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    ids.stream().sorted().forEach(array::add);
    return array;
  }

  private static JsonArrayBuilder parts(List<PaymentRecorded.Part> parts) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (PaymentRecorded.Part p : parts) {
      array.add(
          Json.createObjectBuilder()
              .add("partnerId", p.partnerId())
              .add("amountSgd", p.amountSgd())
              .add("amountCny", p.amountCny()));
    }
    return array;
  }
}
