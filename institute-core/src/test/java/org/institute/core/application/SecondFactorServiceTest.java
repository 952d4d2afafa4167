package org.institute.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.core.SecondFactor;
import org.institute.core.domain.Totp;
import org.institute.core.domain.UserAccount;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.junit.jupiter.api.Test;

class SecondFactorServiceTest {

  private static final Instant T0 = Instant.parse("2024-06-15T08:00:00Z");
  private static final TestCaller ADMIN_USER =
      new TestCaller("admin", EnumSet.of(Role.ADMIN), Optional.empty());

  private final Fakes.Accounts accounts = new Fakes.Accounts();
  private final Fakes.Mails mails = new Fakes.Mails();
  private final RecordingAudit audit = new RecordingAudit();

  SecondFactorServiceTest() {
    accounts.add(
        new UserAccount("admin", "Admin", "admin@i.org", "en", Set.of(Role.ADMIN), null, "h", T0));
  }

  private SecondFactorService service(Caller caller, Instant now) {
    SecondFactorService s = new SecondFactorService();
    Wiring.inject(s, "accounts", accounts);
    Wiring.inject(s, "audit", audit);
    Wiring.inject(s, "mailer", mails);
    Wiring.inject(s, "caller", caller);
    Wiring.inject(s, "policy", Policies.policy(caller));
    Wiring.inject(s, "clock", Fakes.clockAt(now));
    return s;
  }

  private static String code(String secret, Instant at) {
    return Totp.standard().codeAt(secret, Totp.stepAt(at));
  }

  private UserAccount admin() {
    return accounts.byId.get(1L);
  }

  @Test
  void enrolmentShowsASecretThatTheFirstCodeConfirms() {
    SecondFactorService s = service(ADMIN_USER, T0);
    SecondFactor.Enrolment e = s.begin();

    assertThat(e.uri()).startsWith("otpauth://totp/").contains("SSIJRI").contains(e.secret());
    assertThat(s.pending()).contains(e);
    assertThat(audit.entries).isEmpty();

    s.confirm(code(e.secret(), T0));

    assertThat(admin().mfaEnabled()).isTrue();
    assertThat(s.pending()).isEmpty();
    assertThat(audit.entries)
        .containsExactly("MFA_ENABLED UserAccount#admin: authenticator app enrolled by the user");
    assertThat(mails.sent).containsExactly("admin@i.org: Two-step sign-in enabled / 两步登录已启用");
    assertThat(mails.bodies.get(0)).contains("admin was turned on").contains("已启用");
  }

  @Test
  void aWrongCodeConfirmsNothing() {
    SecondFactorService s = service(ADMIN_USER, T0);
    String secret = s.begin().secret();
    String wrong = code(secret, T0.plusSeconds(600));

    assertThatThrownBy(() -> s.confirm(wrong))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            ex -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("mfa.code.wrong"));
    assertThat(admin().mfaEnabled()).isFalse();
    assertThat(mails.sent).isEmpty();
  }

  @Test
  void thereIsNothingToConfirmWithoutAnEnrolmentAndNoSecondEnrolmentOnceInForce() {
    SecondFactorService s = service(ADMIN_USER, T0);
    assertThatThrownBy(() -> s.confirm("123456"))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            ex -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("mfa.noEnrolment"));

    s.confirm(code(s.begin().secret(), T0));

    assertThatThrownBy(s::begin)
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            ex -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("mfa.alreadyEnabled"));
  }

  @Test
  void turningItOffTakesAFreshCode() {
    String secret = service(ADMIN_USER, T0).begin().secret();
    service(ADMIN_USER, T0).confirm(code(secret, T0));
    SecondFactorService later = service(ADMIN_USER, T0.plusSeconds(90));

    assertThatThrownBy(() -> later.disable(code(secret, T0.plusSeconds(900))))
        .isInstanceOf(InvalidCommandException.class);
    assertThat(admin().mfaEnabled()).isTrue();

    later.disable(code(secret, T0.plusSeconds(90)));

    assertThat(admin().mfaEnabled()).isFalse();
    assertThat(audit.entries.get(1))
        .isEqualTo("MFA_DISABLED UserAccount#admin: removed by the user with a code");
    assertThat(mails.sent.get(1)).isEqualTo("admin@i.org: Two-step sign-in turned off / 两步登录已关闭");
  }

  @Test
  void theCodeThatConfirmedCannotTurnItOff() {
    String secret = service(ADMIN_USER, T0).begin().secret();
    String c = code(secret, T0);
    service(ADMIN_USER, T0).confirm(c);

    assertThatThrownBy(() -> service(ADMIN_USER, T0).disable(c))
        .isInstanceOf(InvalidCommandException.class);
    assertThat(admin().mfaEnabled()).isTrue();
  }

  @Test
  void withoutASecondFactorThereIsNothingToTurnOff() {
    assertThatThrownBy(() -> service(ADMIN_USER, T0).disable("123456"))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            ex -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("mfa.notEnabled"));
  }

  @Test
  void anAdminResetsAnothersSecondFactorAndTheOwnerIsTold() {
    String secret = service(ADMIN_USER, T0).begin().secret();
    service(ADMIN_USER, T0).confirm(code(secret, T0));

    service(TestCaller.admin(), T0).reset(1);

    assertThat(admin().mfaEnabled()).isFalse();
    assertThat(audit.entries.get(1))
        .isEqualTo("MFA_RESET UserAccount#admin: second factor removed by an admin");
    assertThat(mails.sent.get(1)).isEqualTo("admin@i.org: Two-step sign-in reset / 两步登录已重置");
  }

  @Test
  void resettingAPendingEnrolmentClearsItButNothingAtAllIsNoChange() {
    service(TestCaller.admin(), T0).reset(1);
    assertThat(audit.entries).isEmpty();

    service(ADMIN_USER, T0).begin();
    service(TestCaller.admin(), T0).reset(1);
    assertThat(admin().pendingMfaSecret()).isEmpty();
    assertThat(audit.entries).hasSize(1);
  }

  @Test
  void onlyAnAdminResetsAndOnlyAKnownAccount() {
    assertThatThrownBy(() -> service(TestCaller.council(), T0).reset(1))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> service(TestCaller.admin(), T0).reset(9))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void nobodySignedOutEnrols() {
    assertThatThrownBy(() -> service(TestCaller.anonymous(), T0).begin())
        .isInstanceOf(AccessRefusedException.class);
    assertThat(service(TestCaller.anonymous(), T0).pending()).isEmpty();
    assertThatThrownBy(() -> service(TestCaller.coordinator(), T0).begin())
        .isInstanceOf(RecordNotFoundException.class);
  }
}
