package org.institute.core.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.institute.core.AccountView;
import org.institute.core.Accounts;
import org.institute.core.AuditTrail;
import org.institute.core.InvalidCommandException;
import org.institute.core.Mailer;
import org.institute.core.NewAccount;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.Role;
import org.institute.core.SignInResult;
import org.institute.core.Violation;
import org.institute.core.domain.FirstAdminBootstrap;
import org.institute.core.domain.LockoutPolicy;
import org.institute.core.domain.PasswordHashing;
import org.institute.core.domain.PasswordPolicy;
import org.institute.core.domain.Totp;
import org.institute.core.domain.UserAccount;
import org.institute.core.domain.UserAccountRepository;

@ApplicationScoped
@Transactional
class AccountService implements Accounts {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
  private static final String ENTITY = "UserAccount";

  @Inject private UserAccountRepository accounts;
  @Inject private PasswordHashing hashing;
  @Inject private AuditTrail audit;
  @Inject private Mailer mailer;
  @Inject private Clock clock;
  @Inject private Caller caller;

  private final LockoutPolicy lockout = LockoutPolicy.standard();
  private final Totp totp = Totp.standard();

  /** Hashed once, so an unknown username costs as much time as a wrong password. */
  private String decoyHash;

  @PostConstruct
  void prepareDecoy() {
    decoyHash = hashing.hash("decoy-password-never-used".toCharArray());
  }

  @Override
  public SignInResult signIn(String username, char[] password, String code) {
    Instant now = clock.instant();
    Optional<UserAccount> found =
        username == null ? Optional.empty() : accounts.findByUsername(username.trim());
    if (found.isEmpty()) {
      hashing.matches(password, decoyHash);
      return SignInResult.refused();
    }
    UserAccount account = found.get();
    if (!account.maySignInAt(now)) {
      // no hash check while locked: even the right password must not reveal itself by timing
      hashing.matches(password, decoyHash);
      LOG.info(() -> "sign-in refused for a locked or disabled account");
      return SignInResult.refused();
    }
    if (!hashing.matches(password, account.passwordHash())) {
      return failed(account, now);
    }
    if (account.mfaEnabled()) {
      if (code == null || code.isBlank()) {
        return SignInResult.codeNeeded();
      }
      return checkCode(account, code, now);
    }
    account.recordSuccessfulSignIn(now);
    return new SignInResult(account.view());
  }

  @Override
  public SignInResult signInWithCode(String username, String code) {
    Instant now = clock.instant();
    Optional<UserAccount> found =
        username == null ? Optional.empty() : accounts.findByUsername(username);
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

  private SignInResult failed(UserAccount account, Instant now) {
    if (account.recordFailedSignIn(now, lockout)) {
      audit.recordAs(
          account.username(),
          "ACCOUNT_LOCKED",
          ENTITY,
          account.username(),
          "locked until " + account.lockedUntil() + " after repeated failed sign-ins");
      mailer.send(
          account.email(),
          "Your institute account is locked for 15 minutes / 您的账户已锁定15分钟",
          "There were 5 failed sign-in attempts on your account "
              + account.username()
              + ". It is locked until "
              + account.lockedUntil()
              + " (UTC).\nIf this was not you, tell the institute's administration.\n\n"
              + "您的账户连续5次登录失败，已锁定至 "
              + account.lockedUntil()
              + "（UTC）。如非本人操作，请联系研究院行政部门。");
    }
    return SignInResult.refused();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AccountView> find(String username) {
    return username == null
        ? Optional.empty()
        : accounts.findByUsername(username).map(UserAccount::view);
  }

  @Override
  public AccountView open(NewAccount request) {
    if (!caller.hasRole(Role.ADMIN)) {
      throw new AccessRefusedException("opening accounts");
    }
    List<Violation> problems = new ArrayList<>();
    if (request.username() == null || !request.username().matches("[a-z0-9][a-z0-9._-]{1,63}")) {
      problems.add(new Violation("username", "account.username.invalid"));
    } else if (Caller.SYSTEM.equals(request.username())
        || accounts.findByUsername(request.username()).isPresent()) {
      problems.add(new Violation("username", "account.username.taken"));
    }
    if (request.displayName() == null || request.displayName().isBlank()) {
      problems.add(new Violation("displayName", "account.displayName.required"));
    }
    if (request.email() == null || !request.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add(new Violation("email", "account.email.invalid"));
    }
    if (!LANGUAGES.contains(request.language())) {
      problems.add(new Violation("language", "account.language.unsupported"));
    }
    String password = request.password() == null ? null : new String(request.password());
    PasswordPolicy.problemsWith(password, request.username())
        .forEach(key -> problems.add(new Violation("password", key)));
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    UserAccount account =
        accounts.add(
            new UserAccount(
                request.username(),
                request.displayName().trim(),
                request.email().trim(),
                request.language(),
                request.roles(),
                request.partner(),
                hashing.hash(request.password()),
                clock.instant()));
    audit.record(
        "ACCOUNT_OPENED",
        ENTITY,
        request.username(),
        "roles=" + request.roles() + ", partner=" + request.partner());
    return account.view();
  }

  @Override
  public Optional<AccountView> openFirstAdmin(String username, String email, char[] password) {
    // the system actor holds the admin role; an anonymous caller is also named "system" but holds none
    if (!Caller.SYSTEM.equals(caller.name()) || !caller.hasRole(Role.ADMIN)) {
      throw new AccessRefusedException("opening the first administrator");
    }
    String name = username == null ? null : username.trim();
    FirstAdminBootstrap.Outcome outcome =
        FirstAdminBootstrap.decide(name, email == null ? null : email.trim(), password,
            accounts.countEnabledWith(Role.ADMIN));
    switch (outcome.decision()) {
      case NOT_ASKED:
        return Optional.empty();
      case ADMIN_EXISTS:
        LOG.info("first administrator not opened: an administrator exists");
        return Optional.empty();
      case REFUSED:
        // the keys name the broken rules; the password itself is never written anywhere
        LOG.warning(() -> "first administrator refused: " + outcome.problems());
        throw new InvalidCommandException(
            outcome.problems().stream().map(key -> new Violation(null, key)).toList());
      default:
        break;
    }
    if (Caller.SYSTEM.equals(name) || accounts.findByUsername(name).isPresent()) {
      // an existing non-admin account is never promoted by the environment
      LOG.warning("first administrator refused: the username is taken");
      throw InvalidCommandException.of("username", "account.username.taken");
    }
    UserAccount account =
        accounts.add(
            new UserAccount(
                name,
                name,
                email.trim(),
                "en",
                java.util.EnumSet.of(Role.ADMIN),
                null,
                hashing.hash(password),
                clock.instant()));
    audit.record("ADMIN_BOOTSTRAPPED", ENTITY, name, "first administrator from the start-up settings");
    LOG.info(() -> "first administrator " + name + " opened");
    return Optional.of(account.view());
  }

  @Override
  public void changeLanguage(String username, String language) {
    if (!LANGUAGES.contains(language)) {
      throw InvalidCommandException.of("language", "account.language.unsupported");
    }
    UserAccount account =
        accounts
            .findByUsername(username)
            .orElseThrow(() -> InvalidCommandException.of(null, "account.unknown"));
    String before = account.language();
    if (!before.equals(language)) {
      account.changeLanguage(language);
      audit.record("LANGUAGE_CHANGED", ENTITY, username, before + " -> " + language);
    }
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count() {
    return accounts.count();
  }
}
