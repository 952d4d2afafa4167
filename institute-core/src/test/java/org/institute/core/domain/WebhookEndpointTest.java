package org.institute.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.core.WebhookEventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookEndpointTest {

  private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

  private static WebhookEndpoint endpoint(String url, Set<WebhookEventType> types) {
    return new WebhookEndpoint(url, " ERP ", types, "whsec_x", NOW, "admin");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://erp.example.org/hooks",
        "https://erp.example.org:8443/hooks?source=institute",
        "http://localhost:9000/hooks",
        "http://127.0.0.1:9000/",
        "http://[::1]:9000/hooks"
      })
  void takesHttpsAnywhereAndHttpOnTheLoopbackInterface(String url) {
    WebhookEndpoint e = endpoint(url, EnumSet.of(WebhookEventType.PAYMENT_RECORDED));
    assertThat(e.url()).isEqualTo(url);
    assertThat(e.description()).isEqualTo("ERP");
    assertThat(e.enabled()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://erp.example.org/hooks",
        "ftp://erp.example.org/",
        "http://10.0.0.5/hooks",
        "http://localhost.example.org/hooks"
      })
  void refusesPlainHttpBeyondThisMachine(String url) {
    assertThatThrownBy(() -> endpoint(url, EnumSet.of(WebhookEventType.PAYMENT_RECORDED)))
        .isInstanceOf(InvalidCommandException.class)
        .satisfies(
            e ->
                assertThat(((InvalidCommandException) e).violations())
                    .containsExactly(new Violation("url", "webhook.url.httpsOnly")));
  }

  @Test
  void namesEveryWrongFieldAtOnce() {
    assertThatThrownBy(
            () ->
                new WebhookEndpoint(
                    "https://user:pw@example.org/", "x".repeat(201), Set.of(), "s", NOW, "a"))
        .isInstanceOf(InvalidCommandException.class)
        .satisfies(
            e ->
                assertThat(((InvalidCommandException) e).violations())
                    .containsExactly(
                        new Violation("url", "webhook.url.invalid"),
                        new Violation("description", "webhook.description.tooLong"),
                        new Violation("eventTypes", "webhook.eventTypes.required")));
    assertThatThrownBy(() -> endpoint("  ", Set.of(WebhookEventType.PAYMENT_RECORDED)))
        .satisfies(
            e ->
                assertThat(((InvalidCommandException) e).violations())
                    .containsExactly(new Violation("url", "webhook.url.required")));
    assertThatThrownBy(
            () ->
                endpoint(
                    "https://example.org/" + "a".repeat(500),
                    Set.of(WebhookEventType.PAYMENT_RECORDED)))
        .satisfies(
            e ->
                assertThat(((InvalidCommandException) e).violations())
                    .containsExactly(new Violation("url", "webhook.url.tooLong")));
  }

  @Test
  void anUnknownEventTypeIsNamedWithTheOtherProblems() {
    assertThatThrownBy(
            () ->
                new WebhookEndpoint(
                    "http://erp.example.org/hooks",
                    null,
                    EnumSet.of(WebhookEventType.PAYMENT_RECORDED),
                    List.of("payment.made"),
                    "s",
                    NOW,
                    "a"))
        .isInstanceOf(InvalidCommandException.class)
        .satisfies(
            e ->
                assertThat(((InvalidCommandException) e).violations())
                    .containsExactly(
                        new Violation("url", "webhook.url.httpsOnly"),
                        new Violation("eventTypes", "field.notAllowedValue")));
  }

  @Test
  void wantsItsTypesUntilDisabled() {
    WebhookEndpoint e =
        endpoint(
            "https://erp.example.org/",
            EnumSet.of(WebhookEventType.PAYMENT_VOIDED, WebhookEventType.PAYMENT_RECORDED));
    assertThat(e.types())
        .containsExactly(WebhookEventType.PAYMENT_RECORDED, WebhookEventType.PAYMENT_VOIDED);
    assertThat(e.wants(WebhookEventType.PAYMENT_RECORDED)).isTrue();
    assertThat(e.wants(WebhookEventType.CERTIFICATE_ISSUED)).isFalse();
    e.disable();
    assertThat(e.wants(WebhookEventType.PAYMENT_RECORDED)).isFalse();
  }

  @Test
  void eventTypesAreReadByWireNameOrConstant() {
    assertThat(WebhookEventType.parse(" payment.recorded "))
        .contains(WebhookEventType.PAYMENT_RECORDED);
    assertThat(WebhookEventType.parse("CERTIFICATE_ISSUED"))
        .contains(WebhookEventType.CERTIFICATE_ISSUED);
    assertThat(WebhookEventType.parse("payment.made")).isEmpty();
    assertThat(WebhookEventType.parse(null)).isEmpty();
  }
}
