package org.institute.core.application;

import static org.institute.core.application.AccountRules.maskEmail;
import static org.institute.core.application.AccountRules.sorted;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Mailer;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.core.UserChanges;
import org.institute.core.UserDetails;
import org.institute.core.Violation;
import org.institute.core.domain.PasswordHashing;
import org.institute.core.domain.PasswordLink;
import org.institute.core.domain.PasswordPolicy;
import org.institute.core.domain.UserAccount;
import org.institute.core.domain.UserAccountRepository;

/**
 * Changes to accounts: an admin's (name, e-mail, roles and partner, enabled, unlock, reset link)
 * and the owner's own password. Every change is audited.
 */
@ApplicationScoped
@Transactional
class AccountChanges {

  private static final String ENTITY = "UserAccount";

  @Inject private UserAccountRepository accounts;
  @Inject private AccountRules rules;
  @Inject private PasswordLinks links;
  @Inject private PasswordHashing hashing;
  @Inject private AuditTrail audit;
  @Inject private Mailer mailer;
  @Inject private Caller caller;
  @Inject private Clock clock;

  UserDetails change(long id, UserChanges changes) {
    caller.requireAnyRole("changing users", Role.ADMIN);
    UserAccount account =
        accounts.find(id).orElseThrow(() -> new RecordNotFoundException("user " + id));
    ConflictException.requireVersion(changes.version(), account.version());
    Set<Role> roles = changes.roles() == null ? account.roles() : changes.roles();
    PartnerId partner =
        changes.clearPartner()
            ? null
            : changes.partner() != null ? changes.partner() : account.partner();
    check(account, changes, roles, partner);
    Instant now = clock.instant();
    List<String> what = new ArrayList<>();
    if (changes.displayName() != null
        && !changes.displayName().trim().equals(account.displayName())) {
      account.rename(changes.displayName().trim());
      what.add("name");
    }
    if (changes.email() != null && !changes.email().trim().equals(account.email())) {
      what.add("e-mail " + maskEmail(account.email()) + " -> " + maskEmail(changes.email().trim()));
      account.changeEmail(changes.email().trim());
    }
    if (!roles.equals(account.roles()) || !Objects.equals(partner, account.partner())) {
      what.add(
          "roles "
              + sorted(account.roles())
              + " -> "
              + sorted(roles)
              + ", partner "
              + account.partner()
              + " -> "
              + partner);
      account.assign(roles, partner);
    }
    if (changes.enabled() != null && changes.enabled() != account.enabled()) {
      if (changes.enabled()) {
        account.enable();
        what.add("enabled");
      } else {
        account.disable();
        what.add("disabled");
      }
    }
    if (changes.unlock() && account.isLockedAt(now)) {
      account.unlock();
      what.add("unlocked");
    }
    if (!what.isEmpty()) {
      audit.record("USER_CHANGED", ENTITY, account.username(), String.join("; ", what));
    }
    if (changes.sendPasswordReset()) {
      audit.record("PASSWORD_RESET_SENT", ENTITY, account.username(), "reset link e-mailed");
      links.send(account, PasswordLink.Purpose.RESET, now);
    }
    accounts.flush();
    return account.details();
  }

  /** Refuses with every problem at once; an admin neither disables nor demotes themself. */
  private void check(UserAccount account, UserChanges changes, Set<Role> roles, PartnerId partner) {
    List<Violation> problems = new ArrayList<>();
    if (changes.displayName() != null) {
      AccountRules.checkName(changes.displayName(), problems);
    }
    if (changes.email() != null) {
      AccountRules.checkEmail(changes.email(), problems);
    }
    rules.checkRolesAndPartner(roles, partner, problems);
    if (Boolean.FALSE.equals(changes.enabled()) && account.username().equals(caller.name())) {
      problems.add(new Violation("enabled", "user.disableSelf"));
    }
    if (changes.roles() != null
        && account.username().equals(caller.name())
        && !roles.contains(Role.ADMIN)) {
      problems.add(new Violation("roles", "user.demoteSelf"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
  }

  void changeOwnPassword(char[] currentPassword, char[] newPassword) {
    if (!caller.isAuthenticated()) {
      throw new AccessRefusedException("changing a password");
    }
    UserAccount account =
        accounts
            .findByUsername(caller.name())
            .orElseThrow(() -> new RecordNotFoundException("account"));
    if (currentPassword == null || !hashing.matches(currentPassword, account.passwordHash())) {
      throw InvalidCommandException.of("currentPassword", "password.current.wrong");
    }
    List<Violation> problems = new ArrayList<>();
    PasswordPolicy.problemsWith(
            newPassword == null ? null : new String(newPassword), account.username())
        .forEach(key -> problems.add(new Violation("newPassword", key)));
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    account.changePasswordHash(hashing.hash(newPassword));
    audit.record("PASSWORD_CHANGED", ENTITY, account.username(), "by the user");
    MailTexts.Mail mail = MailTexts.bilingual("passwordChanged", account.username());
    mailer.send(account.email(), mail.subject(), mail.body());
  }
}
