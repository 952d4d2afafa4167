package org.institute.core.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;
import org.institute.core.AccountView;
import org.institute.core.PartnerId;
import org.institute.core.Role;
import org.institute.core.UserDetails;

/** A person who signs in. Guards its own lockout state; the password hash never leaves it. */
@Entity
@Table(name = "core_user_account")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(nullable = false, length = 16)
  private String language;

  @Column(name = "partner_id")
  private Long partnerId;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  // Sign-in bookkeeping is excluded from optimistic locking (decision 0030)
  @OptimisticLock(excluded = true)
  @Embedded
  private SignInRecord signIns = SignInRecord.fresh();

  /** False for an invited user who has not yet chosen a password. */
  @Column(name = "password_set", nullable = false)
  private boolean passwordSet;

  // never null once loaded: mfa_enabled, like failed_logins below, is a NOT NULL column
  @Embedded private TotpEnrolment totp = TotpEnrolment.none();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "core_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", nullable = false, length = 32)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  protected UserAccount() {}

  public UserAccount(
      String username,
      String displayName,
      String email,
      String language,
      Set<Role> roles,
      PartnerId partner,
      String passwordHash,
      Instant now) {
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.email = Objects.requireNonNull(email);
    this.language = Objects.requireNonNull(language);
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.partnerId = partner == null ? null : partner.value();
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.passwordSet = true;
    this.enabled = true;
    this.createdAt = now;
  }

  public boolean isLockedAt(Instant now) {
    return signIns.isLockedAt(now);
  }

  /** An invited account that has not chosen a password yet. Its hash is of a random secret. */
  public static UserAccount invited(
      String username,
      String displayName,
      String email,
      String language,
      Set<Role> roles,
      PartnerId partner,
      String unusableHash,
      Instant now) {
    UserAccount account =
        new UserAccount(username, displayName, email, language, roles, partner, unusableHash, now);
    account.passwordSet = false;
    return account;
  }

  public boolean maySignInAt(Instant now) {
    return enabled && passwordSet && !isLockedAt(now);
  }

  /**
   * Counts a wrong password. Returns true when this failure locks the account, so the caller can
   * audit and tell the owner.
   */
  public boolean recordFailedSignIn(Instant now, LockoutPolicy policy) {
    return signIns.recordFailure(now, policy);
  }

  public void recordSuccessfulSignIn(Instant now) {
    signIns.recordSuccess(now);
  }

  public boolean mfaEnabled() {
    return totp.enabled();
  }

  /** The secret of an enrolment not yet confirmed; empty once in force (see TotpEnrolment). */
  public java.util.Optional<String> pendingMfaSecret() {
    return totp.pendingSecret();
  }

  /** The secret to check codes against: the pending one while enrolling, else the one in force. */
  public String mfaSecret() {
    return totp.secret();
  }

  /** Starts (or restarts) enrolment with a new secret; refused while a factor is in force. */
  public void beginMfaEnrolment(String secret) {
    totp.begin(secret);
    signIns.forgetCodeSteps();
  }

  /** Takes a code's time step; false when it or a later one was used before (see SignInRecord). */
  public boolean acceptMfaStep(long step) {
    return signIns.acceptCodeStep(step);
  }

  /** The first correct code puts the second factor in force. */
  public void confirmMfa(long step) {
    if (!totp.pending()) {
      throw new IllegalStateException("no enrolment to confirm");
    }
    if (!acceptMfaStep(step)) {
      throw new IllegalStateException("code already used");
    }
    totp.putInForce();
  }

  /** Removes the second factor, by its owner (with a code) or by an admin's reset. */
  public void removeMfa() {
    totp.remove();
    signIns.forgetCodeSteps();
  }

  public void changeLanguage(String newLanguage) {
    this.language = Objects.requireNonNull(newLanguage);
  }

  /** Sets a new password hash; a chosen password also ends any lock and counts as set. */
  public void changePasswordHash(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.passwordSet = true;
    signIns.unlock();
  }

  public void rename(String newDisplayName) {
    this.displayName = Objects.requireNonNull(newDisplayName);
  }

  public void changeEmail(String newEmail) {
    this.email = Objects.requireNonNull(newEmail);
  }

  public void assign(Set<Role> newRoles, PartnerId newPartner) {
    this.roles.clear();
    this.roles.addAll(newRoles);
    this.partnerId = newPartner == null ? null : newPartner.value();
  }

  public void enable() {
    this.enabled = true;
  }

  public void disable() {
    this.enabled = false;
  }

  public void unlock() {
    signIns.unlock();
  }

  public boolean enabled() {
    return enabled;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String displayName() {
    return displayName;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public PartnerId partner() {
    return partnerId == null ? null : new PartnerId(partnerId);
  }

  public UserDetails details() {
    return new UserDetails(
        id,
        username,
        displayName,
        email,
        language,
        roles,
        partner(),
        enabled,
        passwordSet,
        signIns.lockedUntil(),
        signIns.lastLoginAt(),
        createdAt,
        version);
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String username() {
    return username;
  }

  public String email() {
    return email;
  }

  public String language() {
    return language;
  }

  public Instant lockedUntil() {
    return signIns.lockedUntil();
  }

  public int failedLogins() {
    return signIns.failedLogins();
  }

  public AccountView view() {
    return new AccountView(
        id,
        username,
        displayName,
        email,
        language,
        roles,
        partnerId == null ? null : new PartnerId(partnerId),
        enabled,
        totp.enabled());
  }
}
