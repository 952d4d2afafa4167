package org.institute.web.licensing.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.WebhookEventType;
import org.institute.core.testing.RecordingWebhooks;
import org.institute.core.testing.Wiring;
import org.institute.licensing.PaymentPurpose;
import org.institute.licensing.PaymentRecorded;
import org.institute.licensing.PaymentVoided;
import org.institute.licensing.RoyaltyReportFiled;
import org.junit.jupiter.api.Test;

/** What a payment's webhook says: ids and amounts, each co-owner's part, never names. */
class LicensingWebhooksTest {

  private final RecordingWebhooks webhooks = new RecordingWebhooks();

  private LicensingWebhooks observer() {
    return Wiring.inject(new LicensingWebhooks(), "webhooks", webhooks);
  }

  private static final List<PaymentRecorded.Part> PARTS =
      List.of(
          new PaymentRecorded.Part(1, new BigDecimal("600.00"), new BigDecimal("2950.80")),
          new PaymentRecorded.Part(2, new BigDecimal("400.00"), new BigDecimal("1967.20")));

  @Test
  void aRecordedAndAVoidedPaymentCarryTheSameFieldsAndTheRecordedOneItsPurpose() {
    LicensingWebhooks observer = observer();
    observer.paid(
        new PaymentRecorded(
            9,
            3,
            LocalDate.of(2026, 11, 30),
            new BigDecimal("1000.00"),
            "SGD",
            PaymentPurpose.ROYALTY,
            new BigDecimal("1000.00"),
            new BigDecimal("4918.00"),
            null,
            PARTS,
            "admin"));
    observer.voided(
        new PaymentVoided(
            9,
            3,
            LocalDate.of(2026, 11, 30),
            new BigDecimal("1000.00"),
            "SGD",
            PARTS,
            "admin",
            "typed twice"));

    assertThat(webhooks.published)
        .extracting(RecordingWebhooks.Published::type)
        .containsExactly(WebhookEventType.PAYMENT_RECORDED, WebhookEventType.PAYMENT_VOIDED);
    JsonObject recorded = webhooks.published.get(0).data();
    JsonObject voided = webhooks.published.get(1).data();
    assertThat(recorded.getString("purpose")).isEqualTo("ROYALTY");
    assertThat(voided.containsKey("purpose")).isFalse();
    for (JsonObject data : List.of(recorded, voided)) {
      assertThat(data.getInt("paymentId")).isEqualTo(9);
      assertThat(data.getInt("dealId")).isEqualTo(3);
      assertThat(data.getString("receivedOn")).isEqualTo("2026-11-30");
      assertThat(data.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("1000.00");
      assertThat(data.getString("currency")).isEqualTo("SGD");
      assertThat(data.getJsonArray("parts")).hasSize(2);
      assertThat(data.getJsonArray("parts").getJsonObject(1).getInt("partnerId")).isEqualTo(2);
      assertThat(
              data.getJsonArray("parts")
                  .getJsonObject(1)
                  .getJsonNumber("amountCny")
                  .bigDecimalValue())
          .isEqualByComparingTo("1967.20");
      assertThat(data.toString()).doesNotContain("admin").doesNotContain("typed twice");
    }
  }

  @Test
  void aFiledRoyaltyReportSaysItsPeriodVersionAndAmountsButNotWhoFiledIt() {
    LicensingWebhooks observer = observer();
    observer.reportFiled(
        new RoyaltyReportFiled(
            5,
            3,
            42,
            1,
            2,
            LocalDate.of(2021, 4, 1),
            LocalDate.of(2021, 6, 30),
            2,
            "CNY",
            new BigDecimal("200000"),
            new BigDecimal("8000.00"),
            new BigDecimal("0.00"),
            new BigDecimal("8000.00"),
            java.time.Instant.parse("2021-07-05T08:00:00Z")));

    assertThat(webhooks.published)
        .extracting(RecordingWebhooks.Published::type)
        .containsExactly(WebhookEventType.ROYALTY_REPORT_FILED);
    JsonObject data = webhooks.published.get(0).data();
    assertThat(data.getInt("reportId")).isEqualTo(5);
    assertThat(data.getInt("dealId")).isEqualTo(3);
    assertThat(data.getInt("licenseeId")).isEqualTo(42);
    assertThat(data.getInt("quarter")).isEqualTo(2);
    assertThat(data.getInt("version")).isEqualTo(2);
    assertThat(data.getString("periodStart")).isEqualTo("2021-04-01");
    assertThat(data.getJsonNumber("due").bigDecimalValue()).isEqualByComparingTo("8000.00");
    assertThat(data.getString("filedAt")).isEqualTo("2021-07-05T08:00:00Z");
    assertThat(data.keySet()).doesNotContain("filedBy", "note");
  }
}
