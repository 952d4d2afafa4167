package org.institute.core.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AccountView;
import org.institute.core.Accounts;
import org.institute.core.Caller;
import org.institute.core.PartnerId;
import org.institute.core.Role;

/**
 * The caller of the current request, from the container's security context. Roles come from the
 * container (as the authentication mechanism established them); the partner from the account.
 */
@RequestScoped
class CallerContext implements Caller {

  @Inject private SecurityContext security;
  @Inject private Accounts accounts;

  private Optional<AccountView> account;

  @Override
  public boolean isAuthenticated() {
    return principal().isPresent();
  }

  @Override
  public String name() {
    return principal().map(Principal::getName).orElse(SYSTEM);
  }

  @Override
  public Set<Role> roles() {
    if (principal().isEmpty()) {
      return Set.of();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (security.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    return roles;
  }

  @Override
  public Optional<PartnerId> partner() {
    if (account == null) {
      account = principal().flatMap(p -> accounts.find(p.getName()));
    }
    return account.map(AccountView::partner);
  }

  private Optional<Principal> principal() {
    try {
      return Optional.ofNullable(security.getCallerPrincipal());
    } catch (RuntimeException outsideAnHttpRequest) {
      return Optional.empty();
    }
  }
}
