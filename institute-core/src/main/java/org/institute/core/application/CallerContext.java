package org.institute.core.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.institute.core.AccountView;
import org.institute.core.Accounts;
import org.institute.core.Caller;
import org.institute.core.PartnerId;
import org.institute.core.Role;
import org.institute.core.Scope;
import org.institute.core.SystemActor;

/**
 * The caller of the current request, from the container's security context. Roles come from the
 * container (as the authentication mechanism established them); the partner from the account.
 */
@RequestScoped
class CallerContext implements Caller, SystemActor {

  @Inject private SecurityContext security;
  @Inject private Accounts accounts;
  @Inject private Instance<HttpServletRequest> request;

  private Optional<AccountView> account;

  private Scope scope;

  /**
   * The roles of {@link #rolesOf}: those of the account the authentication mechanism read for this
   * request, which are the groups it gave the container; else asked of the container, once per
   * request and principal: each {@code isCallerInRole} costs the container a naming lookup that
   * fails with an exception, and views ask {@code hasRole} once per row (a roster of 100 people
   * asked it 800 times a request).
   */
  private Set<Role> roles;

  private String rolesOf;

  /** Set while the system acts on its own within this request. */
  private boolean system;

  @Override
  public <T> T call(Supplier<T> work) {
    boolean before = system;
    system = true;
    try {
      return work.get();
    } finally {
      system = before;
    }
  }

  @Override
  public boolean isAuthenticated() {
    return system || principal().isPresent();
  }

  @Override
  public String name() {
    if (system) {
      return SYSTEM;
    }
    return principal().map(Principal::getName).orElse(SYSTEM);
  }

  @Override
  public Set<Role> roles() {
    if (system) {
      return EnumSet.of(Role.ADMIN);
    }
    Optional<Principal> principal = principal();
    if (principal.isEmpty()) {
      return Set.of();
    }
    String name = principal.get().getName();
    if (roles == null || !name.equals(rolesOf)) {
      Set<Role> asked = EnumSet.noneOf(Role.class);
      Optional<AccountView> read = readForThisRequest(name);
      if (read.isPresent()) {
        // the groups the mechanism gave the container for this request are this account's roles
        asked.addAll(read.get().roles());
      } else {
        for (Role role : Role.values()) {
          if (security.isCallerInRole(role.name())) {
            asked.add(role);
          }
        }
      }
      roles = java.util.Collections.unmodifiableSet(asked);
      rolesOf = name;
    }
    return roles;
  }

  /** The scope of the signed-in caller, built once per request by {@link Caller#scopeOf}. */
  @Override
  public Scope scope() {
    if (system) {
      return Scope.all();
    }
    if (scope == null) {
      scope = Caller.scopeOf(roles(), partner());
    }
    return scope;
  }

  @Override
  public Optional<PartnerId> partner() {
    if (system) {
      return Optional.empty();
    }
    if (account == null) {
      account =
          principal()
              .flatMap(p -> readForThisRequest(p.getName()).or(() -> accounts.find(p.getName())));
    }
    return account.map(AccountView::partner);
  }

  /** The account the authentication mechanism read (live) for this very request, if any. */
  private Optional<AccountView> readForThisRequest(String username) {
    try {
      if (request.isUnsatisfied()) {
        return Optional.empty();
      }
      Object read = request.get().getAttribute(REQUEST_ACCOUNT);
      return read instanceof AccountView a && a.username().equals(username)
          ? Optional.of(a)
          : Optional.empty();
    } catch (RuntimeException outsideAnHttpRequest) {
      return Optional.empty();
    }
  }

  private Optional<Principal> principal() {
    try {
      return Optional.ofNullable(security.getCallerPrincipal());
    } catch (RuntimeException outsideAnHttpRequest) {
      return Optional.empty();
    }
  }
}
