package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.AccessTokens;
import org.institute.core.ApiArea;
import org.institute.core.ApiScope;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.CoreAction;
import org.institute.core.RecordNotFoundException;
import org.institute.core.domain.AccessToken;
import org.institute.core.domain.AccessTokenRepository;
import org.institute.core.domain.AccessTokenSecret;

/** Creates, lists, revokes and recognises personal access tokens, one transaction each. */
@ApplicationScoped
@Transactional
class AccessTokenService implements AccessTokens {

  @Inject private AccessTokenRepository repository;
  @Inject private CorePolicy policy;
  @Inject private Caller caller;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Override
  public Created create(NewAccessToken command) {
    policy.requireSignedIn("creating an access token");
    String secret = AccessTokenSecret.newSecret();
    AccessToken token = new AccessToken(caller.name(), command, secret, clock.instant());
    repository.add(token);
    audit.record(
        "ACCESS_TOKEN_CREATED",
        "AccessToken",
        String.valueOf(token.id()),
        "'"
            + token.name()
            + "' ("
            + token.prefix()
            + "…) for "
            + token.username()
            + ", scopes "
            + token.scopeSet().stream().map(ApiScope::wireName).collect(Collectors.joining(" "))
            + ", expires "
            + token.expiresAt()
            + (token.ratePerMinute() == null ? "" : ", " + token.ratePerMinute() + "/min"));
    return new Created(view(token, clock.instant()), secret);
  }

  @Override
  public List<ApiScope> offeredScopes() {
    policy.requireSignedIn("reading access token scopes");
    Set<CoreAction> allowed = policy.allowedActions();
    boolean reads = !allowed.isEmpty();
    boolean writes =
        allowed.contains(CoreAction.MANAGE_USERS)
            || allowed.contains(CoreAction.MANAGE_FX_RATES)
            || allowed.contains(CoreAction.MANAGE_WEBHOOKS);
    return Arrays.stream(ApiScope.values())
        .filter(s -> s.area() != ApiArea.ADMIN || (s.write() ? writes : reads))
        .toList();
  }

  @Override
  public List<AccessTokenView> mine() {
    policy.requireSignedIn("reading access tokens");
    Instant now = clock.instant();
    return repository.of(caller.name()).stream().map(t -> view(t, now)).toList();
  }

  @Override
  public List<AccessTokenView> all(String username) {
    policy.require(CoreAction.MANAGE_ACCESS_TOKENS, "reading every user's access tokens");
    Instant now = clock.instant();
    String user = username == null || username.isBlank() ? null : username.trim();
    return repository.of(user).stream().map(t -> view(t, now)).toList();
  }

  @Override
  public AccessTokenView revoke(long tokenId) {
    policy.requireSignedIn("revoking an access token");
    AccessToken token =
        repository
            .find(tokenId)
            .filter(
                t ->
                    t.username().equals(caller.name())
                        || policy.allowedActions().contains(CoreAction.MANAGE_ACCESS_TOKENS))
            // another user's token is not found rather than refused: its id tells nothing
            .orElseThrow(() -> new RecordNotFoundException("access token"));
    Instant now = clock.instant();
    if (token.revoke(caller.name(), now)) {
      audit.record(
          "ACCESS_TOKEN_REVOKED",
          "AccessToken",
          String.valueOf(tokenId),
          "'" + token.name() + "' (" + token.prefix() + "…) of " + token.username());
    }
    return view(token, now);
  }

  @Override
  public Optional<Grant> authenticate(String secret) {
    if (!AccessTokenSecret.looksLikeOne(secret) || secret.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<AccessToken> token =
        repository.byHash(AccessTokenSecret.hash(secret)).filter(t -> t.activeAt(now));
    token.ifPresent(t -> t.usedAt(now));
    return token.map(t -> new Grant(t.id(), t.username(), t.scopeSet(), t.ratePerMinute()));
  }

  static AccessTokenView view(AccessToken t, Instant now) {
    List<String> scopes = EnumSet.copyOf(t.scopeSet()).stream().map(ApiScope::wireName).toList();
    return new AccessTokenView(
        t.id(),
        t.username(),
        t.name(),
        t.prefix(),
        scopes,
        t.createdAt(),
        t.expiresAt(),
        t.lastUsedAt(),
        t.revokedAt(),
        t.ratePerMinute(),
        t.activeAt(now));
  }

  /** Whether the caller is a person signed in: a start-up or scheduled task owns no token. */
  static boolean signedIn(Caller caller) {
    return caller.isAuthenticated() && !Caller.SYSTEM.equals(caller.name());
  }
}
