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
import java.util.logging.Logger;
import org.institute.core.AccessRefusedException;
import org.institute.core.AccountView;
import org.institute.core.Accounts;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.CoreAction;
import org.institute.core.InvalidCommandException;
import org.institute.core.NewAccount;
import org.institute.core.Role;
import org.institute.core.SignInResult;
import org.institute.core.Violation;
import org.institute.core.domain.FirstAdminBootstrap;
import org.institute.core.domain.PasswordHashing;
import org.institute.core.domain.PasswordPolicy;
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
  @Inject private Clock clock;
  @Inject private Caller caller;
  @Inject private CorePolicy policy;
  @Inject private SignInBookkeeping bookkeeping;

  /** Hashed once, so an unknown username costs as much time as a wrong password. */
  private String decoyHash;

  @PostConstruct
  void prepareDecoy() {
    decoyHash = hashing.hash("decoy-password-never-used".toCharArray());
  }

  /**
   * Outside any transaction: the slow hash runs between the short transactions of {@link
   * SignInBookkeeping}, never while a connection is held.
   */
  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public SignInResult signIn(String username, char[] password, String code) {
    Instant now = clock.instant();
    Optional<SignInBookkeeping.Candidate> found =
        username == null ? Optional.empty() : bookkeeping.candidate(username.trim(), now);
    if (found.isEmpty()) {
      hashing.matches(password, decoyHash);
      return SignInResult.refused();
    }
    SignInBookkeeping.Candidate candidate = found.get();
    if (!candidate.maySignIn()) {
      // no hash check while locked: even the right password must not reveal itself by timing
      hashing.matches(password, decoyHash);
      LOG.info(() -> "sign-in refused for a locked or disabled account");
      return SignInResult.refused();
    }
    if (!hashing.matches(password, candidate.passwordHash())) {
      return bookkeeping.passwordRefused(candidate.username(), now);
    }
    return bookkeeping.passwordAccepted(candidate.username(), candidate.passwordHash(), code, now);
  }

  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public SignInResult signInWithCode(String username, String code) {
    return username == null
        ? SignInResult.refused()
        : bookkeeping.codeOnly(username, code, clock.instant());
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
    policy.require(CoreAction.MANAGE_USERS, "opening accounts");
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
    if (request.language() == null) {
      // List.of(...).contains(null) throws: a missing language is a field problem like the others
      problems.add(new Violation("language", "field.required"));
    } else if (!LANGUAGES.contains(request.language())) {
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
    // the system actor holds the admin role; an anonymous caller is also named "system" but holds
    // none
    if (!Caller.SYSTEM.equals(caller.name()) || !caller.hasRole(Role.ADMIN)) {
      throw new AccessRefusedException("opening the first administrator");
    }
    String name = username == null ? null : username.trim();
    FirstAdminBootstrap.Outcome outcome =
        FirstAdminBootstrap.decide(
            name,
            email == null ? null : email.trim(),
            password,
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
    audit.record(
        "ADMIN_BOOTSTRAPPED", ENTITY, name, "first administrator from the start-up settings");
    LOG.info(() -> "first administrator " + name + " opened");
    return Optional.of(account.view());
  }

  @Override
  public void changeLanguage(String username, String language) {
    if (language == null) {
      throw InvalidCommandException.of("language", "field.required");
    }
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
