package org.institute.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.Instance;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AccountView;
import org.institute.core.Caller;
import org.institute.core.NewAccount;
import org.institute.core.PartnerId;
import org.institute.core.Role;
import org.institute.core.Scope;
import org.institute.core.SignInResult;
import org.institute.core.testing.Wiring;
import org.junit.jupiter.api.Test;

/** The current caller and its scope, as the core builds them once per request. */
class CallerContextTest {

  /** The container's view of who signed in. */
  static final class Security implements SecurityContext {
    Principal principal;
    Set<String> roles = Set.of();
    boolean outsideARequest;

    @Override
    public Principal getCallerPrincipal() {
      if (outsideARequest) {
        throw new IllegalStateException("no request");
      }
      return principal;
    }

    @Override
    public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
      return Set.of();
    }

    int roleQuestions;

    @Override
    public boolean isCallerInRole(String role) {
      roleQuestions++;
      return roles.contains(role);
    }

    @Override
    public boolean hasAccessToWebResource(String resource, String... methods) {
      return false;
    }

    @Override
    public AuthenticationStatus authenticate(
        HttpServletRequest request, HttpServletResponse response, AuthenticationParameters p) {
      throw new UnsupportedOperationException();
    }
  }

  /** Accounts that count how often they are read. */
  static final class AccountBook implements org.institute.core.Accounts {
    final Map<String, AccountView> byName = new HashMap<>();
    int reads;

    @Override
    public SignInResult signIn(String username, char[] password, String code) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SignInResult signInWithCode(String username, String code) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<AccountView> find(String username) {
      reads++;
      return Optional.ofNullable(byName.get(username));
    }

    @Override
    public AccountView open(NewAccount account) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<AccountView> openFirstAdmin(String username, String email, char[] password) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void changeLanguage(String username, String language) {}

    @Override
    public long count() {
      return byName.size();
    }
  }

  private final Security security = new Security();
  private final AccountBook accounts = new AccountBook();
  private final Map<String, Object> requestAttributes = new HashMap<>();
  private boolean inARequest = true;

  private static AccountView account(String name, PartnerId partner) {
    return new AccountView(1, name, name, name + "@i.org", "en", Set.of(), partner, true, false);
  }

  @SuppressWarnings("unchecked")
  private CallerContext context() {
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    method.getName().equals("getAttribute")
                        ? requestAttributes.get(args[0])
                        : null);
    Instance<HttpServletRequest> instance =
        (Instance<HttpServletRequest>)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Instance.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "isUnsatisfied" -> !inARequest;
                      case "get" -> request;
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    CallerContext c = new CallerContext();
    Wiring.inject(c, "security", security);
    Wiring.inject(c, "accounts", accounts);
    Wiring.inject(c, "request", instance);
    return c;
  }

  private void signedIn(String name, Role... roles) {
    security.principal = () -> name;
    Set<String> names = new java.util.HashSet<>();
    for (Role r : roles) {
      names.add(r.name());
    }
    security.roles = names;
  }

  @Test
  void partnerStaffReadTheirOwnPartnersRecordsOnly() {
    signedIn("ntu.staff", Role.PARTNER_STAFF);
    accounts.byName.put("ntu.staff", account("ntu.staff", new PartnerId(1)));
    CallerContext c = context();

    assertThat(c.isAuthenticated()).isTrue();
    assertThat(c.name()).isEqualTo("ntu.staff");
    assertThat(c.roles()).containsExactly(Role.PARTNER_STAFF);
    assertThat(c.partner()).contains(new PartnerId(1));
    assertThat(c.scope()).isEqualTo(Scope.of(new PartnerId(1)));
  }

  @Test
  void theAccountIsReadOncePerRequestAndTheScopeBuiltOnce() {
    signedIn("ntu.staff", Role.PARTNER_STAFF);
    accounts.byName.put("ntu.staff", account("ntu.staff", new PartnerId(1)));
    CallerContext c = context();

    Scope first = c.scope();
    c.partner();
    accounts.byName.put("ntu.staff", account("ntu.staff", new PartnerId(2)));

    assertThat(c.scope()).isSameAs(first);
    assertThat(c.partner()).contains(new PartnerId(1));
    assertThat(accounts.reads).isEqualTo(1);
  }

  @Test
  void theAccountTheSignInLeftOnTheRequestSavesTheRead() {
    signedIn("scut.staff", Role.PARTNER_STAFF);
    requestAttributes.put(Caller.REQUEST_ACCOUNT, account("scut.staff", new PartnerId(2)));

    assertThat(context().partner()).contains(new PartnerId(2));
    assertThat(accounts.reads).isZero();
  }

  @Test
  void theRolesComeFromTheAccountTheSignInLeftOnTheRequestWithoutAskingTheContainer() {
    signedIn("scut.staff", Role.PARTNER_STAFF);
    requestAttributes.put(
        Caller.REQUEST_ACCOUNT,
        new AccountView(
            2,
            "scut.staff",
            "scut.staff",
            "s@i.org",
            "en",
            Set.of(Role.PARTNER_STAFF, Role.LICENSEE),
            new PartnerId(2),
            true,
            false));
    CallerContext c = context();

    assertThat(c.roles()).containsExactlyInAnyOrder(Role.PARTNER_STAFF, Role.LICENSEE);
    assertThat(security.roleQuestions).isZero();
  }

  @Test
  void anotherUsersAccountOnTheRequestIsIgnored() {
    signedIn("scut.staff", Role.PARTNER_STAFF);
    requestAttributes.put(Caller.REQUEST_ACCOUNT, account("ntu.staff", new PartnerId(1)));
    accounts.byName.put("scut.staff", account("scut.staff", new PartnerId(2)));
    CallerContext c = context();

    assertThat(c.partner()).contains(new PartnerId(2));
    assertThat(accounts.reads).isEqualTo(1);
    assertThat(c.roles()).containsExactly(Role.PARTNER_STAFF);
    assertThat(security.roleQuestions).isEqualTo(Role.values().length);
  }

  @Test
  void outsideAnHttpRequestTheAccountIsRead() {
    signedIn("scut.staff", Role.PARTNER_STAFF);
    inARequest = false;
    requestAttributes.put(Caller.REQUEST_ACCOUNT, account("scut.staff", new PartnerId(9)));
    accounts.byName.put("scut.staff", account("scut.staff", new PartnerId(2)));

    assertThat(context().partner()).contains(new PartnerId(2));
  }

  @Test
  void adminsCouncilAndAuditorsReadEveryPartnersRecords() {
    for (Role r : EnumSet.of(Role.ADMIN, Role.COUNCIL, Role.AUDITOR)) {
      signedIn("someone", r);
      assertThat(context().scope().isAll()).as(r.name()).isTrue();
    }
  }

  @Test
  void aCoordinatorOrStaffWithoutAPartnerReadsNoPartnersRecords() {
    signedIn("coordinator", Role.COORDINATOR);
    assertThat(context().scope().isNone()).isTrue();

    signedIn("orphan", Role.PARTNER_STAFF);
    accounts.byName.put("orphan", account("orphan", null));
    assertThat(context().scope().isNone()).isTrue();
  }

  @Test
  void nobodySignedInHasNoRolesNoPartnerAndTheSystemName() {
    CallerContext c = context();
    assertThat(c.isAuthenticated()).isFalse();
    assertThat(c.name()).isEqualTo(Caller.SYSTEM);
    assertThat(c.roles()).isEmpty();
    assertThat(c.partner()).isEmpty();
    assertThat(c.scope().isNone()).isTrue();

    security.outsideARequest = true;
    CallerContext outside = context();
    assertThat(outside.isAuthenticated()).isFalse();
    assertThat(outside.name()).isEqualTo(Caller.SYSTEM);
  }

  @Test
  void workDoneAsTheSystemIsAnAdminForEveryPartnerOnlyWhileItRuns() {
    signedIn("ntu.staff", Role.PARTNER_STAFF);
    accounts.byName.put("ntu.staff", account("ntu.staff", new PartnerId(1)));
    CallerContext c = context();

    String inside =
        c.call(
            () -> {
              assertThat(c.isAuthenticated()).isTrue();
              assertThat(c.roles()).containsExactly(Role.ADMIN);
              assertThat(c.scope().isAll()).isTrue();
              assertThat(c.partner()).isEmpty();
              assertThat(c.call(c::name)).isEqualTo(Caller.SYSTEM);
              return c.name();
            });

    assertThat(inside).isEqualTo(Caller.SYSTEM);
    assertThat(c.name()).isEqualTo("ntu.staff");
    assertThat(c.roles()).containsExactly(Role.PARTNER_STAFF);
    assertThat(c.scope()).isEqualTo(Scope.of(new PartnerId(1)));
  }

  @Test
  void theSystemRoleEndsEvenWhenTheWorkFails() {
    CallerContext c = context();
    try {
      c.call(
          () -> {
            throw new IllegalStateException("failed");
          });
    } catch (IllegalStateException expected) {
      // the failure itself is the caller's business
    }
    assertThat(c.isAuthenticated()).isFalse();
  }

  @Test
  void theContainerIsAskedForTheRolesOncePerRequestAndPrincipal() {
    CallerContext c = context();
    security.principal = () -> "ntu.staff";
    security.roles = Set.of("PARTNER_STAFF");
    for (int row = 0; row < 100; row++) {
      assertThat(c.hasRole(org.institute.core.Role.PARTNER_STAFF)).isTrue();
      assertThat(c.hasRole(org.institute.core.Role.ADMIN)).isFalse();
    }
    assertThat(security.roleQuestions).isEqualTo(org.institute.core.Role.values().length);
    // a sign-in within the request: the new principal's roles are asked again
    security.principal = () -> "admin";
    security.roles = Set.of("ADMIN");
    assertThat(c.hasRole(org.institute.core.Role.ADMIN)).isTrue();
    assertThat(security.roleQuestions).isEqualTo(2 * org.institute.core.Role.values().length);
  }
}
