package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.AccessRefusedException;
import org.institute.core.Accounts;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.KnownPartners;
import org.institute.core.Mailer;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.core.UserAdministration;
import org.institute.core.UserChanges;
import org.institute.core.UserDetails;
import org.institute.core.UserInvitation;
import org.institute.core.UserPage;
import org.institute.core.UserQuery;
import org.institute.core.Violation;
import org.institute.core.domain.PasswordHashing;
import org.institute.core.domain.PasswordLink;
import org.institute.core.domain.PasswordLinkRepository;
import org.institute.core.domain.PasswordPolicy;
import org.institute.core.domain.UserAccount;
import org.institute.core.domain.UserAccountRepository;

@ApplicationScoped
@Transactional
class UserAdministrationService implements UserAdministration {

  private static final String ENTITY = "UserAccount";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private UserAccountRepository accounts;
  @Inject private PasswordLinkRepository links;
  @Inject private PasswordHashing hashing;
  @Inject private KnownPartners partners;
  @Inject private AuditTrail audit;
  @Inject private Mailer mailer;
  @Inject private Caller caller;
  @Inject private Clock clock;

  /** Where e-mailed links point. Never taken from a request's Host header, which a client sets. */
  @Inject
  @ConfigProperty(name = "institute.public.url", defaultValue = "http://localhost:8080")
  private String publicUrl;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public UserPage search(UserQuery query, int firstResult, int maxResults) {
    if (caller.hasRole(Role.ADMIN) || caller.hasRole(Role.AUDITOR)) {
      return page(query, firstResult, maxResults);
    }
    if (caller.hasRole(Role.PARTNER_STAFF) && caller.partner().isPresent()) {
      PartnerId own = caller.partner().get();
      if (query.partner() != null && !query.partner().equals(own)) {
        // another partner's staff list is not theirs to see: answered as if it were empty
        return new UserPage(List.of(), 0);
      }
      return page(
          new UserQuery(query.text(), query.role(), own, query.enabled(), query.sort()),
          firstResult,
          maxResults);
    }
    throw new AccessRefusedException("reading user accounts");
  }

  private UserPage page(UserQuery query, int firstResult, int maxResults) {
    return new UserPage(
        accounts.search(query, firstResult, maxResults).stream().map(UserAccount::details).toList(),
        accounts.count(query));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<UserDetails> find(long id) {
    if (!caller.hasRole(Role.ADMIN)
        && !caller.hasRole(Role.AUDITOR)
        && !caller.hasRole(Role.PARTNER_STAFF)) {
      throw new AccessRefusedException("reading user accounts");
    }
    return accounts.find(id).map(UserAccount::details).filter(this::visible);
  }

  private boolean visible(UserDetails user) {
    if (caller.hasRole(Role.ADMIN) || caller.hasRole(Role.AUDITOR)) {
      return true;
    }
    return user.partner() != null && caller.partner().map(user.partner()::equals).orElse(false);
  }

  @Override
  public UserDetails invite(UserInvitation invitation) {
    requireAdmin("inviting users");
    List<Violation> problems = new ArrayList<>();
    if (invitation.username() == null
        || !invitation.username().matches("[a-z0-9][a-z0-9._-]{1,63}")) {
      problems.add(new Violation("username", "account.username.invalid"));
    } else if (Caller.SYSTEM.equals(invitation.username())
        || accounts.findByUsername(invitation.username()).isPresent()) {
      problems.add(new Violation("username", "account.username.taken"));
    }
    checkName(invitation.displayName(), problems);
    checkEmail(invitation.email(), problems);
    if (!Accounts.LANGUAGES.contains(invitation.language())) {
      problems.add(new Violation("language", "account.language.unsupported"));
    }
    checkRolesAndPartner(invitation.roles(), invitation.partner(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    Instant now = clock.instant();
    UserAccount account =
        accounts.add(
            UserAccount.invited(
                invitation.username(),
                invitation.displayName().trim(),
                invitation.email().trim(),
                invitation.language(),
                invitation.roles(),
                invitation.partner(),
                hashing.hash(randomToken().toCharArray()),
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
            + maskEmail(invitation.email()));
    sendLink(account, PasswordLink.Purpose.INVITATION, now);
    return account.details();
  }

  @Override
  public UserDetails change(long id, UserChanges changes) {
    requireAdmin("changing users");
    UserAccount account =
        accounts.find(id).orElseThrow(() -> new RecordNotFoundException("user " + id));
    ConflictException.requireVersion(changes.version(), account.version());
    List<Violation> problems = new ArrayList<>();
    if (changes.displayName() != null) {
      checkName(changes.displayName(), problems);
    }
    if (changes.email() != null) {
      checkEmail(changes.email(), problems);
    }
    Set<Role> roles = changes.roles() == null ? account.roles() : changes.roles();
    PartnerId partner =
        changes.clearPartner()
            ? null
            : changes.partner() != null ? changes.partner() : account.partner();
    checkRolesAndPartner(roles, partner, problems);
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
    if (!roles.equals(account.roles()) || !java.util.Objects.equals(partner, account.partner())) {
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
      sendLink(account, PasswordLink.Purpose.RESET, now);
    }
    accounts.flush();
    return account.details();
  }

  @Override
  public String setPasswordWithToken(String token, char[] password) {
    Instant now = clock.instant();
    PasswordLink link =
        (token == null || token.length() > 100
                ? Optional.<PasswordLink>empty()
                : links.findForUpdate(sha256(token)))
            .filter(l -> l.usableAt(now))
            .orElseThrow(() -> InvalidCommandException.of("token", "password.link.invalid"));
    UserAccount account =
        accounts
            .find(link.userId())
            .filter(UserAccount::enabled)
            .orElseThrow(() -> InvalidCommandException.of("token", "password.link.invalid"));
    String chosen = password == null ? null : new String(password);
    List<Violation> problems = new ArrayList<>();
    PasswordPolicy.problemsWith(chosen, account.username())
        .forEach(key -> problems.add(new Violation("password", key)));
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    link.useAt(now);
    account.changePasswordHash(hashing.hash(password));
    audit.recordAs(
        account.username(),
        link.purpose() == PasswordLink.Purpose.INVITATION ? "PASSWORD_CHOSEN" : "PASSWORD_RESET",
        ENTITY,
        account.username(),
        "password set through an e-mailed link");
    return account.username();
  }

  @Override
  public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
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
    mailer.send(
        account.email(),
        "Your password was changed / 您的密码已更改",
        "The password of your institute account "
            + account.username()
            + " was changed.\n"
            + "If this was not you, tell the institute's administration at once.\n\n"
            + "您的研究院账户 "
            + account.username()
            + " 的密码已更改。如非本人操作，请立即联系研究院行政部门。");
  }

  private void sendLink(UserAccount account, PasswordLink.Purpose purpose, Instant now) {
    links.openLinksOf(account.id()).forEach(l -> l.supersede(now));
    String token = randomToken();
    links.add(new PasswordLink(account.id(), sha256(token), purpose, now, LINK_VALIDITY));
    String url = publicUrl.replaceAll("/+$", "") + "/set-password.xhtml?token=" + token;
    boolean invitation = purpose == PasswordLink.Purpose.INVITATION;
    mailer.send(
        account.email(),
        invitation
            ? "Your institute account / 您的研究院账户"
            : "Reset your institute password / 重置您的研究院密码",
        (invitation
                ? "An account was opened for you at the Sino-Singapore International Joint Research"
                    + " Institute. Your username is "
                    + account.username()
                    + ".\n"
                : "A password reset was requested for your account " + account.username() + ".\n")
            + "Choose your password here (the link works once, for 48 hours):\n"
            + url
            + "\n\n"
            + (invitation
                ? "中新国际联合研究院已为您开通账户，用户名为 " + account.username() + "。\n"
                : "您的账户 " + account.username() + " 申请了重置密码。\n")
            + "请在48小时内通过以下链接设置密码（仅可使用一次）：\n"
            + url
            + "\n");
  }

  private void checkRolesAndPartner(Set<Role> roles, PartnerId partner, List<Violation> problems) {
    if (roles == null || roles.isEmpty()) {
      problems.add(new Violation("roles", "user.roles.required"));
      return;
    }
    if (roles.contains(Role.PARTNER_STAFF)) {
      if (partner == null) {
        problems.add(new Violation("partner", "user.partner.required"));
      } else if (!partners.exists(partner)) {
        problems.add(new Violation("partner", "partner.unknown"));
      }
    } else if (partner != null) {
      problems.add(new Violation("partner", "user.partner.onlyForStaff"));
    }
  }

  private static void checkName(String name, List<Violation> problems) {
    if (name == null || name.isBlank()) {
      problems.add(new Violation("displayName", "account.displayName.required"));
    } else if (name.length() > 200) {
      problems.add(new Violation("displayName", "field.tooLong"));
    }
  }

  private static void checkEmail(String email, List<Violation> problems) {
    if (email == null
        || email.length() > 254
        || !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add(new Violation("email", "account.email.invalid"));
    }
  }

  private void requireAdmin(String what) {
    if (!caller.hasRole(Role.ADMIN)) {
      throw new AccessRefusedException(what);
    }
  }

  private static List<Role> sorted(Set<Role> roles) {
    return roles.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(roles));
  }

  /**
   * The audit trail keeps who was changed, not a full address: a@… is enough to tell them apart.
   */
  private static String maskEmail(String email) {
    int at = email.indexOf('@');
    return at <= 1
        ? "…" + email.substring(Math.max(at, 0))
        : email.charAt(0) + "…" + email.substring(at);
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
