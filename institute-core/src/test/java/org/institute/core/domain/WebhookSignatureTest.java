package org.institute.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void signsAsTheStandardWebhooksSpecificationsExample() {
    // the example of the Standard Webhooks specification (standardwebhooks.com)
    assertThat(
            WebhookSignature.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330,
                "{\"test\": 2432232314}"))
        .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void anyChangeOfIdTimeOrBodyChangesTheSignature() {
    String secret = WebhookSignature.newSecret();
    String signed = WebhookSignature.sign(secret, "msg_1", 100, "{}");
    assertThat(WebhookSignature.sign(secret, "msg_2", 100, "{}")).isNotEqualTo(signed);
    assertThat(WebhookSignature.sign(secret, "msg_1", 101, "{}")).isNotEqualTo(signed);
    assertThat(WebhookSignature.sign(secret, "msg_1", 100, "{ }")).isNotEqualTo(signed);
    assertThat(WebhookSignature.sign(WebhookSignature.newSecret(), "msg_1", 100, "{}"))
        .isNotEqualTo(signed);
  }

  @Test
  void aNewSecretIsThirtyTwoRandomBytesAfterThePrefix() {
    String secret = WebhookSignature.newSecret();
    assertThat(secret).startsWith("whsec_");
    assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
    assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
  }

  @Test
  void aSecretWithoutThePrefixIsRefused() {
    assertThatThrownBy(() -> WebhookSignature.sign("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "m", 1, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
