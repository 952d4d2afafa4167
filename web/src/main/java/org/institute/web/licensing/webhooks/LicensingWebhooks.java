package org.institute.web.licensing.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.institute.core.Jsonp;
import org.institute.core.WebhookEventType;
import org.institute.core.Webhooks;
import org.institute.licensing.LicenceDealExecuted;
import org.institute.licensing.LicenceDealStateChanged;
import org.institute.licensing.LicenceDealTerminated;
import org.institute.licensing.PaymentRecorded;
import org.institute.licensing.PaymentVoided;
import org.institute.licensing.RoyaltyReportFiled;

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
        Jsonp.objectBuilder()
            .add("dealId", e.dealId())
            .add("action", e.action().name())
            .add("fromState", e.fromState().name())
            .add("toState", e.toState().name())
            .add("licenseeId", e.licenseeId())
            .add("licensorIds", ids(e.licensorIds()))
            .add("changedAt", e.changedAt().toString())
            .build());
  }

  void reportFiled(@Observes(during = TransactionPhase.IN_PROGRESS) RoyaltyReportFiled e) {
    webhooks.publish(
        WebhookEventType.ROYALTY_REPORT_FILED,
        Jsonp.objectBuilder()
            .add("reportId", e.reportId())
            .add("dealId", e.dealId())
            .add("licenseeId", e.licenseeId())
            .add("licenceYear", e.licenceYear())
            .add("quarter", e.quarter())
            .add("periodStart", e.periodStart().toString())
            .add("periodEnd", e.periodEnd().toString())
            .add("version", e.version())
            .add("currency", e.currency())
            .add("netSales", e.netSales())
            .add("royalty", e.royalty())
            .add("trueUp", e.trueUp())
            .add("due", e.due())
            .add("filedAt", e.filedAt().toString())
            .build());
  }

  void executed(@Observes(during = TransactionPhase.IN_PROGRESS) LicenceDealExecuted e) {
    webhooks.publish(
        WebhookEventType.LICENCE_DEAL_EXECUTED,
        Jsonp.objectBuilder()
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
        Jsonp.objectBuilder()
            .add("dealId", e.dealId())
            .add("licenseeId", e.licenseeId())
            .add("licensorIds", ids(e.licensorIds()))
            .build());
  }

  void paid(@Observes(during = TransactionPhase.IN_PROGRESS) PaymentRecorded e) {
    webhooks.publish(
        WebhookEventType.PAYMENT_RECORDED,
        payment(e.paymentId(), e.dealId(), e.receivedOn(), e.amount(), e.currency(), e.parts())
            .add("purpose", e.purpose().name())
            .build());
  }

  void voided(@Observes(during = TransactionPhase.IN_PROGRESS) PaymentVoided e) {
    webhooks.publish(
        WebhookEventType.PAYMENT_VOIDED,
        payment(e.paymentId(), e.dealId(), e.receivedOn(), e.amount(), e.currency(), e.parts())
            .build());
  }

  /** What a recorded and a voided payment both say: ids, the date, the amount, each part. */
  private static JsonObjectBuilder payment(
      long paymentId,
      long dealId,
      LocalDate receivedOn,
      BigDecimal amount,
      String currency,
      List<PaymentRecorded.Part> parts) {
    return Jsonp.objectBuilder()
        .add("paymentId", paymentId)
        .add("dealId", dealId)
        .add("receivedOn", receivedOn.toString())
        .add("amount", amount)
        .add("currency", currency)
        .add("parts", parts(parts));
  }

  private static JsonArrayBuilder ids(Collection<Long> ids) {
    JsonArrayBuilder array = Jsonp.arrayBuilder();
    ids.stream().sorted().forEach(array::add);
    return array;
  }

  private static JsonArrayBuilder parts(List<PaymentRecorded.Part> parts) {
    JsonArrayBuilder array = Jsonp.arrayBuilder();
    for (PaymentRecorded.Part p : parts) {
      array.add(
          Jsonp.objectBuilder()
              .add("partnerId", p.partnerId())
              .add("amountSgd", p.amountSgd())
              .add("amountCny", p.amountCny()));
    }
    return array;
  }
}
