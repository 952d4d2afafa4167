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
import org.institute.core.Accounts;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.InvalidCommandException;
import org.institute.core.Role;
import org.institute.core.UserDetails;
import org.institute.core.UserInvitation;
import org.institute.core.Violation;
import org.institute.core.domain.PasswordHashing;
import org.institute.core.domain.PasswordLink;
import org.institute.core.domain.UserAccount;
import org.institute.core.domain.UserAccountRepository;

/**
 * Admins invite people: an account without a usable password, and an e-mailed link to choose one.
 */
@ApplicationScoped
@Transactional
class Invitations {

  private static final String ENTITY = "UserAccount";

  @Inject private UserAccountRepository accounts;
  @Inject private AccountRules rules;
  @Inject private PasswordLinks links;
  @Inject private PasswordHashing hashing;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;
  @Inject private Clock clock;

  UserDetails invite(UserInvitation invitation) {
    caller.requireAnyRole("inviting users", Role.ADMIN);
    List<Violation> problems = new ArrayList<>();
    if (invitation.username() == null
        || !invitation.username().matches("[a-z0-9][a-z0-9._-]{1,63}")) {
      problems.add(new Violation("username", "account.username.invalid"));
    } else if (Caller.SYSTEM.equals(invitation.username())
        || accounts.findByUsername(invitation.username()).isPresent()) {
      problems.add(new Violation("username", "account.username.taken"));
    }
    AccountRules.checkName(invitation.displayName(), problems);
    AccountRules.checkEmail(invitation.email(), problems);
    if (invitation.language() == null) {
      // List.of(...).contains(null) throws: a missing language is a field problem like the others
      problems.add(new Violation("language", "field.required"));
    } else if (!Accounts.LANGUAGES.contains(invitation.language())) {
      problems.add(new Violation("language", "account.language.unsupported"));
    }
    rules.checkRolesAndPartner(invitation.roles(), invitation.partner(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    Instant now = clock.instant();
    String email = invitation.email().trim();
    UserAccount account =
        accounts.add(
            UserAccount.invited(
                invitation.username(),
                invitation.displayName().trim(),
                email,
                invitation.language(),
                invitation.roles(),
                invitation.partner(),
                // unusable until the invited person chooses a password through the link
                hashing.hash(PasswordLinks.randomToken().toCharArray()),
                now));
    accounts.flush();
    audit.record(
        "USER_INVITED",
        ENTITY,
        account.username(),
        "roles="
            + sorted(invitation.roles())
            + ", partner="
            + invitation.partner()
            + ", e-mail="
            // masked as stored: trimmed first, or a leading blank would be the visible letter
            + maskEmail(email));
    links.send(account, PasswordLink.Purpose.INVITATION, now);
    return account.details();
  }
}
