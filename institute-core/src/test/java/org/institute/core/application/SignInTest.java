package org.institute.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.AccountView;
import org.institute.core.Caller;
import org.institute.core.InvalidCommandException;
import org.institute.core.NewAccount;
import org.institute.core.PartnerId;
import org.institute.core.Role;
import org.institute.core.SignInResult;
import org.institute.core.Violation;
import org.institute.core.domain.Totp;
import org.institute.core.domain.UserAccount;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.junit.jupiter.api.Test;

/** Signing in with a password and, where enrolled, a code; opening accounts. */
class SignInTest {

  private static final Instant T0 = Instant.parse("2024-06-15T08:00:00Z");
  private static final String PASSWORD = "correct horse battery";

  private final Fakes.Accounts accounts = new Fakes.Accounts();
  private final Fakes.Hashing hashing = new Fakes.Hashing();
  private final Fakes.Mails mails = new Fakes.Mails();
  private final RecordingAudit audit = new RecordingAudit();
  private Instant now = T0;

  SignInTest() {
    accounts.add(
        new UserAccount(
            "ntu.staff",
            "Tan",
            "tan@ntu.edu.sg",
            "en",
            Set.of(Role.PARTNER_STAFF),
            new PartnerId(1),
            "h:" + PASSWORD,
            T0));
  }

  private AccountService service(Caller caller) {
    SignInBookkeeping bookkeeping = new SignInBookkeeping();
    Wiring.inject(bookkeeping, "accounts", accounts);
    Wiring.inject(bookkeeping, "audit", audit);
    Wiring.inject(bookkeeping, "mailer", mails);
    AccountService s = new AccountService();
    Wiring.inject(s, "accounts", accounts);
    Wiring.inject(s, "hashing", hashing);
    Wiring.inject(s, "audit", audit);
    Wiring.inject(s, "clock", Fakes.clockAt(now));
    Wiring.inject(s, "caller", caller);
    Wiring.inject(s, "policy", Policies.policy(caller));
    Wiring.inject(s, "bookkeeping", bookkeeping);
    s.prepareDecoy();
    return s;
  }

  private SignInResult signIn(String password) {
    return service(TestCaller.anonymous()).signIn("ntu.staff", password.toCharArray());
  }

  private UserAccount tan() {
    return accounts.byId.get(1L);
  }

  @Test
  void theRightPasswordSignsInAndRecordsTheTime() {
    SignInResult r = service(TestCaller.anonymous()).signIn(" ntu.staff ", PASSWORD.toCharArray());

    assertThat(r.accepted()).isTrue();
    assertThat(r.account().username()).isEqualTo("ntu.staff");
    assertThat(tan().details().lastLoginAt()).isEqualTo(T0);
  }

  @Test
  void anUnknownOrMissingUserIsRefusedAfterTheSameHashWork() {
    AccountService s = service(TestCaller.anonymous());
    int before = hashing.checks;
    assertThat(s.signIn("nobody", PASSWORD.toCharArray()).accepted()).isFalse();
    assertThat(s.signIn(null, PASSWORD.toCharArray()).accepted()).isFalse();
    assertThat(hashing.checks - before).isEqualTo(2);
  }

  @Test
  void fiveWrongPasswordsLockTheAccountAuditItAndTellTheOwner() {
    for (int i = 0; i < 4; i++) {
      assertThat(signIn("wrong").accepted()).isFalse();
    }
    assertThat(audit.entries).isEmpty();

    signIn("wrong");

    assertThat(tan().lockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    assertThat(audit.entries)
        .containsExactly(
            "ntu.staff ACCOUNT_LOCKED UserAccount#ntu.staff: locked until 2024-06-15T08:15:00Z after repeated failed sign-ins");
    assertThat(mails.sent).hasSize(1);
    assertThat(mails.sent.get(0)).startsWith("tan@ntu.edu.sg: Your institute account is locked");
    assertThat(mails.bodies.get(0)).contains("ntu.staff").contains("2024-06-15T08:15:00Z");
  }

  @Test
  void aLockedAccountRefusesEvenTheRightPasswordWithoutCheckingIt() {
    for (int i = 0; i < 5; i++) {
      signIn("wrong");
    }
    now = T0.plusSeconds(60);
    assertThat(signIn(PASSWORD).accepted()).isFalse();
    assertThat(tan().failedLogins()).isZero();

    now = T0.plus(Duration.ofMinutes(15));
    assertThat(signIn(PASSWORD).accepted()).isTrue();
  }

  @Test
  void aPasswordChangedWhileItWasBeingCheckedDoesNotSignIn() {
    SignInBookkeeping bookkeeping = new SignInBookkeeping();
    Wiring.inject(bookkeeping, "accounts", accounts);
    tan().changePasswordHash("h:new one entirely");

    assertThat(bookkeeping.passwordAccepted("ntu.staff", "h:" + PASSWORD, null, T0).accepted())
        .isFalse();
    assertThat(bookkeeping.passwordAccepted("gone", "h:" + PASSWORD, null, T0).accepted())
        .isFalse();
    tan().disable();
    assertThat(bookkeeping.passwordAccepted("ntu.staff", "h:new one entirely", null, T0).accepted())
        .isFalse();
    assertThat(bookkeeping.candidate("ntu.staff", T0).orElseThrow().maySignIn()).isFalse();
    assertThat(bookkeeping.candidate("gone", T0)).isEmpty();
  }

  private String enrol() {
    UserAccount a = tan();
    String secret = Totp.newSecret();
    a.beginMfaEnrolment(secret);
    a.confirmMfa(Totp.stepAt(T0) - 10);
    return secret;
  }

  private static String codeAt(String secret, Instant when) {
    return Totp.standard().codeAt(secret, Totp.stepAt(when));
  }

  @Test
  void withASecondFactorThePasswordAloneAsksForTheCode() {
    String secret = enrol();
    AccountService s = service(TestCaller.anonymous());

    SignInResult first = s.signIn("ntu.staff", PASSWORD.toCharArray(), " ");
    assertThat(first.accepted()).isFalse();
    assertThat(first.codeRequired()).isTrue();
    assertThat(s.signIn("ntu.staff", PASSWORD.toCharArray(), null).codeRequired()).isTrue();

    SignInResult second = s.signIn("ntu.staff", PASSWORD.toCharArray(), codeAt(secret, T0));
    assertThat(second.accepted()).isTrue();
    assertThat(second.codeRequired()).isFalse();
  }

  @Test
  void aCodeIsUsedOnceAndAWrongOrReplayedCodeCountsAsAFailure() {
    String secret = enrol();
    AccountService s = service(TestCaller.anonymous());
    String code = codeAt(secret, T0);

    assertThat(s.signInWithCode("ntu.staff", code).accepted()).isTrue();

    SignInResult replay = s.signInWithCode("ntu.staff", code);
    assertThat(replay.accepted()).isFalse();
    assertThat(replay.codeRequired()).isTrue();
    assertThat(tan().failedLogins()).isEqualTo(1);

    assertThat(s.signInWithCode("ntu.staff", "000000x").accepted()).isFalse();
    assertThat(tan().failedLogins()).isEqualTo(2);
  }

  @Test
  void theRightCodeAfterAWrongOneClearsTheFailures() {
    String secret = enrol();
    AccountService s = service(TestCaller.anonymous());
    s.signInWithCode("ntu.staff", "999999x");
    assertThat(tan().failedLogins()).isEqualTo(1);

    assertThat(s.signInWithCode("ntu.staff", codeAt(secret, T0)).accepted()).isTrue();

    assertThat(tan().failedLogins()).isZero();
    assertThat(tan().details().lastLoginAt()).isEqualTo(T0);
  }

  @Test
  void aCodeAloneIsRefusedWithoutASecondFactorOrAUser() {
    AccountService s = service(TestCaller.anonymous());
    assertThat(s.signInWithCode("ntu.staff", "123456").codeRequired()).isFalse();
    assertThat(s.signInWithCode("ntu.staff", "123456").accepted()).isFalse();
    assertThat(s.signInWithCode(null, "123456").accepted()).isFalse();
    assertThat(s.signInWithCode("nobody", "123456").accepted()).isFalse();
    assertThat(tan().failedLogins()).isZero();
  }

  private static NewAccount account(
      String username, String email, String language, String password) {
    return new NewAccount(
        username,
        " Li Wei ",
        email,
        language,
        EnumSet.of(Role.COORDINATOR),
        null,
        password == null ? null : password.toCharArray());
  }

  private static List<Violation> refusals(Runnable command) {
    try {
      command.run();
    } catch (InvalidCommandException e) {
      return e.violations();
    }
    return List.of();
  }

  @Test
  void anAdminOpensAnAccountThatSignsInWithItsPassword() {
    AccountView v =
        service(TestCaller.admin())
            .open(account("li.wei", "li@i.org", "zh-CN", "a long enough secret"));

    assertThat(v.displayName()).isEqualTo("Li Wei");
    assertThat(v.email()).isEqualTo("li@i.org");
    assertThat(audit.entries)
        .containsExactly("ACCOUNT_OPENED UserAccount#li.wei: roles=[COORDINATOR], partner=null");
    assertThat(
            service(TestCaller.anonymous())
                .signIn("li.wei", "a long enough secret".toCharArray())
                .accepted())
        .isTrue();
  }

  @Test
  void anAccountNeedsAFreeWellFormedNameAnAddressALanguageAndAGoodPassword() {
    AccountService s = service(TestCaller.admin());
    assertThat(refusals(() -> s.open(account("Li", "li", "fr", "short"))))
        .containsExactly(
            new Violation("username", "account.username.invalid"),
            new Violation("email", "account.email.invalid"),
            new Violation("language", "account.language.unsupported"),
            new Violation("password", "password.tooShort"));
    assertThat(refusals(() -> s.open(account("ntu.staff", "a@b.cn", "en", "a long enough secret"))))
        .containsExactly(new Violation("username", "account.username.taken"));
    assertThat(refusals(() -> s.open(account("system", "a@b.cn", "en", "a long enough secret"))))
        .containsExactly(new Violation("username", "account.username.taken"));
    assertThat(refusals(() -> s.open(account(null, null, "en", null))))
        .extracting(Violation::field)
        .contains("username", "email", "password");
    assertThat(
            refusals(
                () ->
                    s.open(
                        new NewAccount(
                            "ok.name",
                            " ",
                            "a@b.cn",
                            "en",
                            Set.of(),
                            null,
                            "a long enough secret".toCharArray()))))
        .containsExactly(new Violation("displayName", "account.displayName.required"));
    assertThat(accounts.count()).isEqualTo(1);
  }

  @Test
  void aMissingLanguageIsAFieldProblemBesideTheOthersNotACrash() {
    AccountService s = service(TestCaller.admin());
    assertThat(refusals(() -> s.open(account("li.wei", "li@i.org", null, "a long enough secret"))))
        .containsExactly(new Violation("language", "field.required"));
    assertThat(refusals(() -> s.open(account("Li", "li", null, "short"))))
        .containsExactly(
            new Violation("username", "account.username.invalid"),
            new Violation("email", "account.email.invalid"),
            new Violation("language", "field.required"),
            new Violation("password", "password.tooShort"));
    assertThat(accounts.count()).isEqualTo(1);
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void onlyAnAdminOpensAccounts() {
    assertThatThrownBy(
            () ->
                service(TestCaller.coordinator())
                    .open(account("li.wei", "li@i.org", "en", "a long enough secret")))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void theLanguageIsChangedOnlyToASupportedOneAndAuditedWhenItChanges() {
    AccountService s = service(TestCaller.staffOf(1));
    s.changeLanguage("ntu.staff", "en");
    assertThat(audit.entries).isEmpty();

    s.changeLanguage("ntu.staff", "zh-CN");
    assertThat(tan().language()).isEqualTo("zh-CN");
    assertThat(audit.entries)
        .containsExactly("LANGUAGE_CHANGED UserAccount#ntu.staff: en -> zh-CN");

    assertThatThrownBy(() -> s.changeLanguage("ntu.staff", "de"))
        .isInstanceOf(InvalidCommandException.class);
    assertThat(refusals(() -> s.changeLanguage("ntu.staff", null)))
        .containsExactly(new Violation("language", "field.required"));
    assertThat(tan().language()).isEqualTo("zh-CN");
    assertThatThrownBy(() -> s.changeLanguage("nobody", "en"))
        .isInstanceOf(InvalidCommandException.class);
  }

  @Test
  void accountsAreFoundByNameAndCounted() {
    AccountService s = service(TestCaller.admin());
    assertThat(s.find("ntu.staff").orElseThrow().partner()).isEqualTo(new PartnerId(1));
    assertThat(s.find("nobody")).isEmpty();
    assertThat(s.find(null)).isEmpty();
    assertThat(s.count()).isEqualTo(1);
  }

  private static final TestCaller SYSTEM =
      new TestCaller(Caller.SYSTEM, EnumSet.of(Role.ADMIN), java.util.Optional.empty());

  @Test
  void theFirstAdminIsOpenedOnlyBySystemAndOnlyWhileNoAdminExists() {
    char[] pw = "first admin password".toCharArray();
    assertThatThrownBy(() -> service(TestCaller.admin()).openFirstAdmin("root", "r@i.org", pw))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> service(TestCaller.anonymous()).openFirstAdmin("root", "r@i.org", pw))
        .isInstanceOf(AccessRefusedException.class);

    AccountView root = service(SYSTEM).openFirstAdmin(" root ", " r@i.org ", pw).orElseThrow();

    assertThat(root.username()).isEqualTo("root");
    assertThat(root.email()).isEqualTo("r@i.org");
    assertThat(root.roles()).containsExactly(Role.ADMIN);
    assertThat(audit.entries)
        .containsExactly(
            "ADMIN_BOOTSTRAPPED UserAccount#root: first administrator from the start-up settings");
    assertThat(service(SYSTEM).openFirstAdmin("second", "s@i.org", pw)).isEmpty();
    assertThat(service(SYSTEM).openFirstAdmin(null, null, null)).isEmpty();
  }

  @Test
  void theFirstAdminNeverTakesAnExistingNameOrABadPassword() {
    assertThatThrownBy(
            () ->
                service(SYSTEM)
                    .openFirstAdmin("ntu.staff", "r@i.org", "first admin password".toCharArray()))
        .isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(
            () -> service(SYSTEM).openFirstAdmin("root", "r@i.org", "short".toCharArray()))
        .isInstanceOf(InvalidCommandException.class);
    assertThat(accounts.count()).isEqualTo(1);
  }
}
