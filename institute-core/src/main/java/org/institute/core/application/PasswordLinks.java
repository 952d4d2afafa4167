package org.institute.core.application;

import static org.institute.core.UserAdministration.LINK_VALIDITY;

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
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.institute.core.AuditTrail;
import org.institute.core.InvalidCommandException;
import org.institute.core.Mailer;
import org.institute.core.PublicLinks;
import org.institute.core.Violation;
import org.institute.core.domain.PasswordHashing;
import org.institute.core.domain.PasswordLink;
import org.institute.core.domain.PasswordLinkRepository;
import org.institute.core.domain.PasswordPolicy;
import org.institute.core.domain.UserAccount;
import org.institute.core.domain.UserAccountRepository;

/**
 * One-use links to choose a password: e-mailed on an invitation or a reset, valid for {@link
 * org.institute.core.UserAdministration#LINK_VALIDITY}, stored only as a hash, and used up when the
 * password is set.
 */
@ApplicationScoped
@Transactional
class PasswordLinks {

  private static final String ENTITY = "UserAccount";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private UserAccountRepository accounts;
  @Inject private PasswordLinkRepository links;
  @Inject private PasswordHashing hashing;
  @Inject private AuditTrail audit;
  @Inject private Mailer mailer;
  @Inject private Clock clock;

  /** Where e-mailed links point. */
  @Inject private PublicLinks publicLinks;

  /** Supersedes the account's open links and e-mails a new one. */
  void send(UserAccount account, PasswordLink.Purpose purpose, Instant now) {
    links.openLinksOf(account.id()).forEach(l -> l.supersede(now));
    String token = randomToken();
    links.add(new PasswordLink(account.id(), sha256(token), purpose, now, LINK_VALIDITY));
    String url = publicLinks.to("/set-password.xhtml?token=" + token);
    MailTexts.Mail mail =
        MailTexts.bilingual(
            purpose == PasswordLink.Purpose.INVITATION ? "invitation" : "reset",
            account.username(),
            url,
            Long.toString(LINK_VALIDITY.toHours()));
    mailer.send(account.email(), mail.subject(), mail.body());
  }

  String setPasswordWithToken(String token, char[] password) {
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

  /** A random secret of 256 bits, URL-safe. */
  static String randomToken() {
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
