package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.institute.core.AccessRefusedException;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.CoreAction;
import org.institute.core.InvalidCommandException;
import org.institute.core.Mailer;
import org.institute.core.RecordNotFoundException;
import org.institute.core.SecondFactor;
import org.institute.core.domain.Totp;
import org.institute.core.domain.UserAccount;
import org.institute.core.domain.UserAccountRepository;

@ApplicationScoped
@Transactional
class SecondFactorService implements SecondFactor {

  static final String ISSUER = "SSIJRI";
  private static final String ENTITY = "UserAccount";

  @Inject private UserAccountRepository accounts;
  @Inject private AuditTrail audit;
  @Inject private Mailer mailer;
  @Inject private Caller caller;
  @Inject private CorePolicy policy;
  @Inject private Clock clock;

  private final Totp totp = Totp.standard();

  @Override
  public Enrolment begin() {
    UserAccount account = own();
    if (account.mfaEnabled()) {
      throw InvalidCommandException.of("code", "mfa.alreadyEnabled");
    }
    String secret = Totp.newSecret();
    account.beginMfaEnrolment(secret);
    // not audited as a change of value: nothing is in force until confirmed
    return enrolment(account, secret);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Enrolment> pending() {
    if (!caller.isAuthenticated()) {
      return Optional.empty();
    }
    return accounts
        .findByUsername(caller.name())
        .flatMap(a -> a.pendingMfaSecret().map(secret -> enrolment(a, secret)));
  }

  @Override
  public void confirm(String code) {
    UserAccount account = own();
    if (account.pendingMfaSecret().isEmpty()) {
      throw InvalidCommandException.of("code", "mfa.noEnrolment");
    }
    OptionalLong step = totp.matchingStep(account.mfaSecret(), code, clock.instant());
    if (step.isEmpty()) {
      throw InvalidCommandException.of("code", "mfa.code.wrong");
    }
    account.confirmMfa(step.getAsLong());
    audit.record(
        "MFA_ENABLED", ENTITY, account.username(), "authenticator app enrolled by the user");
    tell(account, "mfaEnabled");
  }

  @Override
  public void disable(String code) {
    UserAccount account = own();
    if (!account.mfaEnabled()) {
      throw InvalidCommandException.of("code", "mfa.notEnabled");
    }
    OptionalLong step = totp.matchingStep(account.mfaSecret(), code, clock.instant());
    if (step.isEmpty() || !account.acceptMfaStep(step.getAsLong())) {
      throw InvalidCommandException.of("code", "mfa.code.wrong");
    }
    account.removeMfa();
    audit.record("MFA_DISABLED", ENTITY, account.username(), "removed by the user with a code");
    tell(account, "mfaDisabled");
  }

  @Override
  public void reset(long accountId) {
    policy.require(CoreAction.MANAGE_USERS, "resetting a second factor");
    UserAccount account =
        accounts.find(accountId).orElseThrow(() -> new RecordNotFoundException("user"));
    if (!account.mfaEnabled() && account.pendingMfaSecret().isEmpty()) {
      return;
    }
    account.removeMfa();
    audit.record("MFA_RESET", ENTITY, account.username(), "second factor removed by an admin");
    tell(account, "mfaReset");
  }

  private UserAccount own() {
    if (!caller.isAuthenticated()) {
      throw new AccessRefusedException("two-step sign-in");
    }
    return accounts
        .findByUsername(caller.name())
        .orElseThrow(() -> new RecordNotFoundException("account"));
  }

  private static Enrolment enrolment(UserAccount account, String secret) {
    return new Enrolment(secret, Totp.uri(ISSUER, account.username(), secret));
  }

  /** The owner hears of every change, so that a stolen session cannot switch it off unnoticed. */
  private void tell(UserAccount account, String mailKey) {
    MailTexts.Mail mail = MailTexts.bilingual(mailKey, account.username());
    mailer.send(account.email(), mail.subject(), mail.body());
  }
}
