package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.CoreAccess;
import org.institute.core.CoreAction;
import org.institute.core.Role;
import org.institute.core.Scope;

/**
 * The one home of the kernel's access rules: admins administer everything; auditors read the audit
 * trail; council members and auditors read the exchange rates; who reads which user accounts.
 */
@ApplicationScoped
class CorePolicy implements CoreAccess {

  @Inject private Caller caller;

  @Override
  public Set<CoreAction> allowedActions() {
    return allowedFor(caller.roles());
  }

  static Set<CoreAction> allowedFor(Set<Role> roles) {
    Set<CoreAction> allowed = EnumSet.noneOf(CoreAction.class);
    if (roles.contains(Role.ADMIN)) {
      allowed.addAll(EnumSet.allOf(CoreAction.class));
    }
    if (roles.contains(Role.AUDITOR)) {
      allowed.add(CoreAction.READ_AUDIT_TRAIL);
      allowed.add(CoreAction.READ_FX_RATES);
    }
    if (roles.contains(Role.COUNCIL)) {
      allowed.add(CoreAction.READ_FX_RATES);
    }
    return allowed;
  }

  /**
   * Refuses unless the caller may take the action.
   *
   * @throws AccessRefusedException naming {@code what}
   */
  void require(CoreAction action, String what) {
    if (!allowedActions().contains(action)) {
      throw new AccessRefusedException(what);
    }
  }

  /**
   * Refuses unless somebody is signed in: every signed-in user manages their own access tokens.
   *
   * @throws AccessRefusedException naming {@code what}
   */
  void requireSignedIn(String what) {
    if (!AccessTokenService.signedIn(caller)) {
      throw new AccessRefusedException(what);
    }
  }

  /**
   * Whose user accounts the caller may read: admins and auditors every account; partner staff their
   * own partner's colleagues (a partner's staff list is no secret among its staff); nobody else
   * any.
   */
  Scope userScope() {
    if (caller.hasRole(Role.ADMIN) || caller.hasRole(Role.AUDITOR)) {
      return Scope.all();
    }
    if (caller.hasRole(Role.PARTNER_STAFF) && caller.partner().isPresent()) {
      return Scope.of(caller.partner().get());
    }
    return Scope.none();
  }
}
