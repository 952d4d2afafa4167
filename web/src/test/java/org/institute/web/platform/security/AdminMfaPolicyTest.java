package org.institute.web.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.institute.core.AccountView;
import org.institute.core.Role;
import org.junit.jupiter.api.Test;

class AdminMfaPolicyTest {

  private static AccountView account(Role role, boolean mfa) {
    return new AccountView(1, "u", "U", "u@example.org", "en", Set.of(role), null, true, mfa);
  }

  private static AdminMfaPolicy policy(String setting) {
    AdminMfaPolicy policy = new AdminMfaPolicy();
    policy.setting = setting;
    return policy;
  }

  @Test
  void onlyAdminsWithoutASecondFactorMustEnrolAndOnlyWhenRequired() {
    assertThat(policy("optional").mustEnrol(account(Role.ADMIN, false))).isFalse();
    assertThat(policy("required").mustEnrol(account(Role.ADMIN, false))).isTrue();
    assertThat(policy(" Required ").mustEnrol(account(Role.ADMIN, false))).isTrue();
    assertThat(policy("required").mustEnrol(account(Role.ADMIN, true))).isFalse();
    assertThat(policy("required").mustEnrol(account(Role.COUNCIL, false))).isFalse();
  }
}
