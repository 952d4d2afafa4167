package org.institute.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.institute.core.AccessTokens;
import org.institute.core.AccountView;
import org.institute.core.Accounts;
import org.institute.core.Caller;
import org.institute.core.SignInResult;
import org.institute.web.platform.problem.DatabaseUnavailable;
import org.institute.web.platform.problem.Problems;

/**
 * The one authentication mechanism of the WAR (Jakarta Security 3 allows one per application, so
 * portal sessions and API bearer tokens are both handled here; see
 * docs/decisions/0004-one-mechanism-for-portal-and-api.md).
 *
 * <ul>
 *   <li>{@code Authorization: Bearer} — a token issued by {@code /api/v1/auth/token}, or a personal
 *       access token ({@code ipat_...}, decision 0096) on the API, each within its rate;
 *   <li>a sign-in from the portal's login page ({@code SecurityContext.authenticate});
 *   <li>a portal session established by an earlier sign-in.
 * </ul>
 */
@ApplicationScoped
public class InstituteAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  /** Request attribute: the sign-in was refused by the address throttle; the wait in seconds. */
  public static final String THROTTLED = "institute.signIn.retryAfterSeconds";

  /** Request attribute: the password was right, a one-time code is needed (or was wrong). */
  public static final String CODE_NEEDED = "institute.signIn.codeNeeded";

  static final String ACCOUNT_PAGE = "/app/account.xhtml";
  private static final Logger LOG =
      Logger.getLogger(InstituteAuthenticationMechanism.class.getName());

  @Inject private Accounts accounts;
  @Inject private TokenService tokens;
  @Inject private SignInThrottle throttle;
  @Inject private AdminMfaPolicy adminMfa;
  @Inject private AccessTokens accessTokens;
  @Inject private RateLimiter rateLimiter;

  /**
   * Request attribute: the {@link AccessTokens.Grant} of the personal access token this request
   * came with, whose scopes {@link RolesAllowedCheck} holds each operation to.
   */
  public static final String ACCESS_TOKEN_GRANT = "institute.accessToken.grant";

  /**
   * Request attribute: the caller this mechanism established from the request's bearer token.
   * Payara's MicroProfile JWT filter runs the mechanism a second time before every
   * {@code @PermitAll} resource (ping, certificate verification); that second run within the same
   * request reuses it instead of reading the account again and charging the token's rate twice.
   */
  private static final String ESTABLISHED = "institute.bearer.established";

  /** A signed token's principal, or for a personal access token its user's name. */
  private record Established(
      String token, TokenPrincipal principal, String username, Set<String> roles) {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SecurityHeadersFilter.apply(request, response);
    try {
      return authenticate(request, response, context);
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.isCause(e)) {
        throw e;
      }
      // the accounts are in the database: without it nobody can be recognised, but the client
      // should hear "try again shortly" (503), not an empty 500 from the security layer
      LOG.warning(() -> "database unreachable during authentication: " + e);
      try {
        if (isApi(request)) {
          DatabaseUnavailable.write(response);
        } else {
          DatabaseUnavailable.writePage(request, response);
        }
      } catch (IOException io) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private AuthenticationStatus authenticate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(authorization.substring(7).trim(), request, response, context);
    }
    if (isApi(request)) {
      // the API authenticates by bearer token only: a portal cookie must not carry a cross-site
      // request into it, and an API client wants a 401 problem, not a login page
      return context.doNothing();
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential c) {
      return signIn(c, request, context);
    }
    if (context.isAuthenticationRequest() && credential instanceof OneTimeCodeCredential c) {
      return secondStep(c, request, context);
    }
    Optional<SignedInUser> session = signedIn(request);
    if (session.isPresent()) {
      Optional<Set<String>> current = currentRoles(session.get().username(), request);
      if (current.isPresent()) {
        if (mustEnrolFirst(request)) {
          return context.redirect(request.getContextPath() + ACCOUNT_PAGE + "?mfa=required");
        }
        return context.notifyContainerAboutLogin(session.get().username(), current.get());
      }
      // disabled or removed since sign-in: the session ends now, not at its timeout
      request.getSession().invalidate();
    }
    if (context.isProtected()) {
      return context.redirect(loginRedirect(request));
    }
    return context.doNothing();
  }

  private AuthenticationStatus bearer(
      String token,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (request.getAttribute(ESTABLISHED) instanceof Established done
        && done.token().equals(token)) {
      return done.principal() != null
          ? context.notifyContainerAboutLogin(done.principal(), done.roles())
          : context.notifyContainerAboutLogin(done.username(), done.roles());
    }
    if (token.startsWith(AccessTokens.SECRET_PREFIX)) {
      return accessToken(token, request, response, context);
    }
    Optional<TokenPrincipal> principal = tokens.verify(token);
    if (principal.isEmpty()) {
      return invalidToken(
          response, "The bearer token is malformed, expired or not signed by this institute.");
    }
    Optional<Set<String>> current = currentRoles(principal.get().getName(), request);
    if (current.isEmpty()) {
      return invalidToken(response, "The account of this token is disabled.");
    }
    Optional<TokenBucket.Decision> rate = rateLimiter.takeForUser(principal.get().getName());
    if (rate.isPresent() && !withinRate(rate.get(), response)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    request.setAttribute(ESTABLISHED, new Established(token, principal.get(), null, current.get()));
    return context.notifyContainerAboutLogin(principal.get(), current.get());
  }

  /**
   * A personal access token (decision 0096): live, on the API only, of an enabled account; the
   * request then acts as the token's user, within its scopes and its rate.
   */
  private AuthenticationStatus accessToken(
      String token,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    Optional<AccessTokens.Grant> grant =
        isApi(request) ? accessTokens.authenticate(token) : Optional.empty();
    if (grant.isEmpty()) {
      return invalidToken(
          response, "The access token is unknown, expired or revoked, or not for this address.");
    }
    Optional<Set<String>> current = currentRoles(grant.get().username(), request);
    if (current.isEmpty()) {
      return invalidToken(response, "The account of this token is disabled.");
    }
    if (!withinRate(
        rateLimiter.takeForToken(grant.get().tokenId(), grant.get().ratePerMinute()), response)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    request.setAttribute(ACCESS_TOKEN_GRANT, grant.get());
    request.setAttribute(
        ESTABLISHED, new Established(token, null, grant.get().username(), current.get()));
    return context.notifyContainerAboutLogin(grant.get().username(), current.get());
  }

  private static AuthenticationStatus invalidToken(HttpServletResponse response, String detail) {
    try {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Invalid token", detail);
    } catch (IOException e) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * Says what is left of the caller's rate in {@code RateLimit} headers, or answers 429 with {@code
   * Retry-After} when nothing is.
   */
  private static boolean withinRate(TokenBucket.Decision decision, HttpServletResponse response) {
    response.setHeader("RateLimit-Policy", "\"api\";q=" + decision.limit() + ";w=60");
    response.setHeader(
        "RateLimit", "\"api\";r=" + decision.remaining() + ";t=" + decision.seconds());
    if (decision.allowed()) {
      return true;
    }
    try {
      response.setHeader("Retry-After", Long.toString(decision.seconds()));
      Problems.write(
          response,
          429,
          "Too many requests",
          "This token may send "
              + decision.limit()
              + " requests a minute; try again in "
              + decision.seconds()
              + " s.");
    } catch (IOException e) {
      response.setStatus(429);
    }
    return false;
  }

  /**
   * The account's roles as they are now, so that an admin's change (a role taken away, an account
   * disabled) takes effect on the next request; empty when the account may no longer sign in.
   */
  private Optional<Set<String>> currentRoles(String username, HttpServletRequest request) {
    Optional<AccountView> account = accounts.find(username).filter(AccountView::enabled);
    // the modules ask for the caller's partner later in the same request: one read serves both
    account.ifPresent(a -> request.setAttribute(Caller.REQUEST_ACCOUNT, a));
    return account.map(a -> a.roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }

  private AuthenticationStatus signIn(
      UsernamePasswordCredential credential,
      HttpServletRequest request,
      HttpMessageContext context) {
    Optional<String> address = throttle.clientAddress(request);
    Optional<java.time.Duration> wait = throttle.refusal(address);
    if (wait.isPresent()) {
      // refused before the password is looked at: the flood costs no hashing either
      request.setAttribute(THROTTLED, SignInThrottle.retryAfterSeconds(wait.get()));
      return AuthenticationStatus.SEND_FAILURE;
    }
    SignInResult result =
        accounts.signIn(credential.getCaller(), credential.getPassword().getValue());
    if (result.codeRequired()) {
      // the password was right: the session remembers whose code the next step asks for
      request
          .getSession(true)
          .setAttribute(
              PendingSecondStep.SESSION_KEY,
              new PendingSecondStep(
                  result.account() == null
                      ? credential.getCaller().trim()
                      : result.account().username(),
                  java.time.Instant.now()));
      request.setAttribute(CODE_NEEDED, Boolean.FALSE);
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (!result.accepted()) {
      throttle.failed(address);
      return AuthenticationStatus.SEND_FAILURE;
    }
    return signedIn(result.account(), request, context);
  }

  private AuthenticationStatus secondStep(
      OneTimeCodeCredential credential, HttpServletRequest request, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    PendingSecondStep pending =
        session == null
            ? null
            : (PendingSecondStep) session.getAttribute(PendingSecondStep.SESSION_KEY);
    if (pending == null || pending.expiredAt(java.time.Instant.now())) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    Optional<String> address = throttle.clientAddress(request);
    Optional<java.time.Duration> wait = throttle.refusal(address);
    if (wait.isPresent()) {
      request.setAttribute(THROTTLED, SignInThrottle.retryAfterSeconds(wait.get()));
      return AuthenticationStatus.SEND_FAILURE;
    }
    SignInResult result = accounts.signInWithCode(pending.username(), credential.code());
    if (!result.accepted()) {
      throttle.failed(address);
      if (result.codeRequired()) {
        request.setAttribute(CODE_NEEDED, Boolean.TRUE);
      } else {
        // locked meanwhile (five wrong codes) or disabled: back to the first step
        session.removeAttribute(PendingSecondStep.SESSION_KEY);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    session.removeAttribute(PendingSecondStep.SESSION_KEY);
    return signedIn(result.account(), request, context);
  }

  private boolean mustEnrolFirst(HttpServletRequest request) {
    AccountView account = (AccountView) request.getAttribute(Caller.REQUEST_ACCOUNT);
    if (account == null || !adminMfa.mustEnrol(account)) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.equals(ACCOUNT_PAGE) && path.startsWith("/app/");
  }

  private AuthenticationStatus signedIn(
      AccountView account, HttpServletRequest request, HttpMessageContext context) {
    request.setAttribute(Caller.REQUEST_ACCOUNT, account);
    Set<String> roles = account.roles().stream().map(Enum::name).collect(Collectors.toSet());
    // a new session id at sign-in defeats session fixation
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.setAttribute(SignedInUser.SESSION_KEY, new SignedInUser(account.username(), roles));
    return context.notifyContainerAboutLogin(account.username(), roles);
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static Optional<SignedInUser> signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    return Optional.ofNullable((SignedInUser) session.getAttribute(SignedInUser.SESSION_KEY));
  }

  private static String loginRedirect(HttpServletRequest request) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return request.getContextPath()
        + LOGIN_PAGE
        + "?next="
        + URLEncoder.encode(target, StandardCharsets.UTF_8);
  }
}
