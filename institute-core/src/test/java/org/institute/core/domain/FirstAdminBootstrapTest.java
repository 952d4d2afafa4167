package org.institute.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.institute.core.domain.FirstAdminBootstrap.Decision;
import org.junit.jupiter.api.Test;

class FirstAdminBootstrapTest {

  private static final char[] GOOD = "a-long-enough-secret".toCharArray();

  @Test
  void nothingHappensWhenNoUsernameIsConfigured() {
    assertThat(FirstAdminBootstrap.decide(null, null, GOOD, 0).decision())
        .isEqualTo(Decision.NOT_ASKED);
    assertThat(FirstAdminBootstrap.decide("  ", "ops@example.org", GOOD, 0).decision())
        .isEqualTo(Decision.NOT_ASKED);
  }

  @Test
  void theFirstAdministratorIsOpenedOnADatabaseWithoutOne() {
    var outcome = FirstAdminBootstrap.decide("ops", "ops@example.org", GOOD, 0);
    assertThat(outcome.decision()).isEqualTo(Decision.OPEN);
    assertThat(outcome.problems()).isEmpty();
  }

  @Test
  void anExistingAdministratorWinsEvenOverABadRequest() {
    // left in the environment after the first start, the variables must never reset or add anyone
    assertThat(FirstAdminBootstrap.decide("ops", "ops@example.org", GOOD, 1).decision())
        .isEqualTo(Decision.ADMIN_EXISTS);
    assertThat(FirstAdminBootstrap.decide("ops", null, null, 3).decision())
        .isEqualTo(Decision.ADMIN_EXISTS);
  }

  @Test
  void aMissingPasswordIsRefused() {
    var outcome = FirstAdminBootstrap.decide("ops", "ops@example.org", null, 0);
    assertThat(outcome.decision()).isEqualTo(Decision.REFUSED);
    assertThat(outcome.problems()).containsExactly(PasswordPolicy.TOO_SHORT);
  }

  @Test
  void thePasswordPolicyOfEveryAccountApplies() {
    assertThat(
            FirstAdminBootstrap.decide("ops", "ops@example.org", "short".toCharArray(), 0)
                .problems())
        .containsExactly(PasswordPolicy.TOO_SHORT);
    assertThat(
            FirstAdminBootstrap.decide(
                    "operations-lead", "ops@example.org", "OPERATIONS-LEAD".toCharArray(), 0)
                .problems())
        .containsExactly(PasswordPolicy.SAME_AS_USERNAME);
  }

  @Test
  void aMalformedUsernameOrEmailIsRefused() {
    var outcome = FirstAdminBootstrap.decide("Root Admin", "nobody", GOOD, 0);
    assertThat(outcome.decision()).isEqualTo(Decision.REFUSED);
    assertThat(outcome.problems())
        .containsExactly("account.username.invalid", "account.email.invalid");
  }
}
