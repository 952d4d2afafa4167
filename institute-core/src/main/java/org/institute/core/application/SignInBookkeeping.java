package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.institute.core.AuditTrail;
import org.institute.core.Mailer;
import org.institute.core.SignInResult;
import org.institute.core.domain.LockoutPolicy;
import org.institute.core.domain.Totp;
import org.institute.core.domain.UserAccount;
import org.institute.core.domain.UserAccountRepository;

/**
 * The database side of a sign-in, each step a short transaction of its own. {@link AccountService}
 * checks the password hash between the steps, outside any transaction: the hash is slow on purpose
 * (210,000 PBKDF2 iterations), and while it ran inside the transaction every concurrent sign-in
 * held a pooled connection, so that fifty at once emptied the pool and got 503s.
 */
@ApplicationScoped
@Transactional
class SignInBookkeeping {

  private static final String ENTITY = "UserAccount";

  @Inject private UserAccountRepository accounts;
  @Inject private AuditTrail audit;
  @Inject private Mailer mailer;

  private final LockoutPolicy lockout = LockoutPolicy.standard();
  private final Totp totp = Totp.standard();

  /** What the password check needs, read before it. */
  record Candidate(String username, String passwordHash, boolean maySignIn) {}

  Optional<Candidate> candidate(String username, Instant now) {
    return accounts
        .findByUsername(username)
        .map(a -> new Candidate(a.username(), a.passwordHash(), a.maySignInAt(now)));
  }

  /** The password was wrong: counts towards the lock. */
  SignInResult passwordRefused(String username, Instant now) {
    accounts.findByUsername(username).ifPresent(a -> failed(a, now));
    return SignInResult.refused();
  }

  /**
   * The password matched {@code checkedHash}. Refused after all when the account was locked,
   * disabled or given a new password while the hash was being checked.
   */
  SignInResult passwordAccepted(String username, String checkedHash, String code, Instant now) {
    Optional<UserAccount> found = accounts.findByUsername(username);
    if (found.isEmpty()
        || !found.get().maySignInAt(now)
        || !found.get().passwordHash().equals(checkedHash)) {
      return SignInResult.refused();
    }
    UserAccount account = found.get();
    if (account.mfaEnabled()) {
      if (code == null || code.isBlank()) {
        return SignInResult.codeNeeded();
      }
      return checkCode(account, code, now);
    }
    account.recordSuccessfulSignIn(now);
    return new SignInResult(account.view());
  }

  /** The second step of a two-step sign-in, after the password was accepted. */
  SignInResult codeOnly(String username, String code, Instant now) {
    Optional<UserAccount> found = accounts.findByUsername(username);
    if (found.isEmpty() || !found.get().maySignInAt(now) || !found.get().mfaEnabled()) {
      return SignInResult.refused();
    }
    return checkCode(found.get(), code, now);
  }

  private SignInResult checkCode(UserAccount account, String code, Instant now) {
    OptionalLong step = totp.matchingStep(account.mfaSecret(), code, now);
    if (step.isEmpty() || !account.acceptMfaStep(step.getAsLong())) {
      // a wrong or replayed code counts like a wrong password: five lock the account, so the
      // million codes cannot be tried one by one
      failed(account, now);
      return SignInResult.codeNeeded();
    }
    account.recordSuccessfulSignIn(now);
    return new SignInResult(account.view());
  }

  private void failed(UserAccount account, Instant now) {
    if (account.recordFailedSignIn(now, lockout)) {
      audit.recordAs(
          account.username(),
          "ACCOUNT_LOCKED",
          ENTITY,
          account.username(),
          "locked until " + account.lockedUntil() + " after repeated failed sign-ins");
      MailTexts.Mail mail =
          MailTexts.bilingual(
              "locked",
              account.username(),
              Long.toString(lockout.lockDuration().toMinutes()),
              Integer.toString(lockout.maxFailedAttempts()),
              account.lockedUntil());
      mailer.send(account.email(), mail.subject(), mail.body());
    }
  }
}
