package org.institute.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.institute.core.AccountView;
import org.institute.core.PartnerId;
import org.institute.core.Role;
import org.institute.core.UserDetails;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private static final Instant T0 = Instant.parse("2024-06-15T08:00:00Z");
  private static final LockoutPolicy THREE_STRIKES = new LockoutPolicy(3, Duration.ofMinutes(15));

  private static UserAccount staff() {
    return Persisted.withId(
        new UserAccount(
            "scut.staff",
            "Wang Fang",
            "wang@scut.edu.cn",
            "zh-CN",
            Set.of(Role.PARTNER_STAFF),
            new PartnerId(2),
            "hash-1",
            T0),
        7L);
  }

  @Test
  void aNewAccountIsEnabledWithItsPasswordSetAndMaySignIn() {
    UserAccount a = staff();

    assertThat(a.enabled()).isTrue();
    assertThat(a.maySignInAt(T0)).isTrue();
    assertThat(a.failedLogins()).isZero();
    assertThat(a.lockedUntil()).isNull();
    assertThat(a.username()).isEqualTo("scut.staff");
    assertThat(a.displayName()).isEqualTo("Wang Fang");
    assertThat(a.email()).isEqualTo("wang@scut.edu.cn");
    assertThat(a.language()).isEqualTo("zh-CN");
    assertThat(a.passwordHash()).isEqualTo("hash-1");
    assertThat(a.partner()).isEqualTo(new PartnerId(2));
    assertThat(a.roles()).containsExactly(Role.PARTNER_STAFF);
    assertThat(a.id()).isEqualTo(7L);

    UserDetails d = a.details();
    assertThat(d.passwordSet()).isTrue();
    assertThat(d.enabled()).isTrue();
    assertThat(d.createdAt()).isEqualTo(T0);
    assertThat(d.lastLoginAt()).isNull();
    assertThat(d.partner()).isEqualTo(new PartnerId(2));

    AccountView v = a.view();
    assertThat(v.username()).isEqualTo("scut.staff");
    assertThat(v.partner()).isEqualTo(new PartnerId(2));
    assertThat(v.enabled()).isTrue();
    assertThat(v.mfa()).isFalse();
  }

  @Test
  void anInvitedAccountCannotSignInUntilAPasswordIsChosen() {
    UserAccount a =
        Persisted.withId(
            UserAccount.invited(
                "new.admin", "New", "new@i.org", "en", Set.of(), null, "unusable", T0),
            8L);

    assertThat(a.roles()).isEmpty();
    assertThat(a.partner()).isNull();
    assertThat(a.view().partner()).isNull();
    assertThat(a.details().passwordSet()).isFalse();
    assertThat(a.maySignInAt(T0)).isFalse();

    a.changePasswordHash("chosen");

    assertThat(a.details().passwordSet()).isTrue();
    assertThat(a.passwordHash()).isEqualTo("chosen");
    assertThat(a.maySignInAt(T0)).isTrue();
  }

  @Test
  void aDisabledAccountMayNotSignInUntilEnabledAgain() {
    UserAccount a = staff();
    a.disable();
    assertThat(a.enabled()).isFalse();
    assertThat(a.maySignInAt(T0)).isFalse();
    a.enable();
    assertThat(a.maySignInAt(T0)).isTrue();
  }

  @Test
  void theFailureThatReachesTheLimitLocksTheAccountForTheLockDuration() {
    UserAccount a = staff();

    assertThat(a.recordFailedSignIn(T0, THREE_STRIKES)).isFalse();
    assertThat(a.recordFailedSignIn(T0, THREE_STRIKES)).isFalse();
    assertThat(a.failedLogins()).isEqualTo(2);
    assertThat(a.isLockedAt(T0)).isFalse();

    assertThat(a.recordFailedSignIn(T0, THREE_STRIKES)).isTrue();

    assertThat(a.lockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    assertThat(a.failedLogins()).isZero();
    assertThat(a.isLockedAt(T0.plus(Duration.ofMinutes(15)).minusNanos(1))).isTrue();
    assertThat(a.maySignInAt(T0.plusSeconds(60))).isFalse();
    assertThat(a.isLockedAt(T0.plus(Duration.ofMinutes(15)))).isFalse();
    assertThat(a.maySignInAt(T0.plus(Duration.ofMinutes(15)))).isTrue();
  }

  @Test
  void failuresWhileLockedDoNotExtendTheLock() {
    UserAccount a = staff();
    for (int i = 0; i < 3; i++) {
      a.recordFailedSignIn(T0, THREE_STRIKES);
    }
    Instant until = a.lockedUntil();

    assertThat(a.recordFailedSignIn(T0.plusSeconds(60), THREE_STRIKES)).isFalse();

    assertThat(a.lockedUntil()).isEqualTo(until);
    assertThat(a.failedLogins()).isEqualTo(1);
  }

  @Test
  void afterAnExpiredLockTheCountStartsAfresh() {
    UserAccount a = staff();
    for (int i = 0; i < 3; i++) {
      a.recordFailedSignIn(T0, THREE_STRIKES);
    }
    Instant later = a.lockedUntil();

    assertThat(a.recordFailedSignIn(later, THREE_STRIKES)).isFalse();

    assertThat(a.lockedUntil()).isNull();
    assertThat(a.failedLogins()).isEqualTo(1);
  }

  @Test
  void aSuccessfulSignInClearsFailuresAndRecordsTheTime() {
    UserAccount a = staff();
    a.recordFailedSignIn(T0, THREE_STRIKES);

    a.recordSuccessfulSignIn(T0.plusSeconds(5));

    assertThat(a.failedLogins()).isZero();
    assertThat(a.lockedUntil()).isNull();
    assertThat(a.details().lastLoginAt()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void unlockingOrANewPasswordLiftsALock() {
    UserAccount a = staff();
    for (int i = 0; i < 3; i++) {
      a.recordFailedSignIn(T0, THREE_STRIKES);
    }
    a.unlock();
    assertThat(a.isLockedAt(T0)).isFalse();

    for (int i = 0; i < 3; i++) {
      a.recordFailedSignIn(T0, THREE_STRIKES);
    }
    a.recordFailedSignIn(T0, THREE_STRIKES);
    a.changePasswordHash("hash-2");
    assertThat(a.isLockedAt(T0)).isFalse();
    assertThat(a.failedLogins()).isZero();
  }

  @Test
  void aSecondFactorIsPendingUntilItsFirstCodeConfirmsIt() {
    UserAccount a = staff();
    assertThat(a.pendingMfaSecret()).isEmpty();

    a.beginMfaEnrolment("SECRET");
    assertThat(a.pendingMfaSecret()).contains("SECRET");
    assertThat(a.mfaEnabled()).isFalse();

    a.confirmMfa(100);

    assertThat(a.mfaEnabled()).isTrue();
    assertThat(a.view().mfa()).isTrue();
    assertThat(a.pendingMfaSecret()).isEmpty();
    assertThat(a.mfaSecret()).isEqualTo("SECRET");
  }

  @Test
  void eachCodeCountsOnceAndNeverAnEarlierOne() {
    UserAccount a = staff();
    a.beginMfaEnrolment("SECRET");
    a.confirmMfa(100);

    assertThat(a.acceptMfaStep(100)).isFalse();
    assertThat(a.acceptMfaStep(99)).isFalse();
    assertThat(a.acceptMfaStep(101)).isTrue();
    assertThat(a.acceptMfaStep(101)).isFalse();
  }

  @Test
  void confirmingNeedsAPendingEnrolmentAndAFreshCode() {
    UserAccount a = staff();
    assertThatThrownBy(() -> a.confirmMfa(1)).isInstanceOf(IllegalStateException.class);

    a.beginMfaEnrolment("SECRET");
    a.acceptMfaStep(50);
    assertThatThrownBy(() -> a.confirmMfa(50)).isInstanceOf(IllegalStateException.class);
    assertThat(a.mfaEnabled()).isFalse();

    a.confirmMfa(51);
    assertThatThrownBy(() -> a.confirmMfa(52)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> a.beginMfaEnrolment("OTHER"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void restartingAnEnrolmentForgetsTheStepsOfTheOldSecret() {
    UserAccount a = staff();
    a.beginMfaEnrolment("FIRST");
    a.acceptMfaStep(500);

    a.beginMfaEnrolment("SECOND");

    assertThat(a.pendingMfaSecret()).contains("SECOND");
    assertThat(a.acceptMfaStep(10)).isTrue();
  }

  @Test
  void removingTheSecondFactorForgetsItsSecretAndSteps() {
    UserAccount a = staff();
    a.beginMfaEnrolment("SECRET");
    a.confirmMfa(100);

    a.removeMfa();

    assertThat(a.mfaEnabled()).isFalse();
    assertThat(a.mfaSecret()).isNull();
    assertThat(a.pendingMfaSecret()).isEmpty();
    assertThat(a.acceptMfaStep(1)).isTrue();
  }

  @Test
  void profileRolesAndPartnerAreChangedByIntent() {
    UserAccount a = staff();
    a.rename("Wang F.");
    a.changeEmail("fang@scut.edu.cn");
    a.changeLanguage("en");
    a.assign(EnumSet.of(Role.COORDINATOR, Role.AUDITOR), null);

    assertThat(a.displayName()).isEqualTo("Wang F.");
    assertThat(a.email()).isEqualTo("fang@scut.edu.cn");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.roles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.AUDITOR);
    assertThat(a.partner()).isNull();

    a.assign(Set.of(Role.PARTNER_STAFF), new PartnerId(3));
    assertThat(a.partner()).isEqualTo(new PartnerId(3));
    assertThat(a.details().roles()).containsExactly(Role.PARTNER_STAFF);
  }

  @Test
  void requiredFieldsCannotBeCleared() {
    UserAccount a = staff();
    assertThatThrownBy(() -> a.rename(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> a.changeEmail(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> a.changeLanguage(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> a.changePasswordHash(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> a.beginMfaEnrolment(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theRolesShownCannotChangeTheAccount() {
    UserAccount a = staff();
    assertThatThrownBy(() -> a.roles().add(Role.ADMIN))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
