package org.institute.core;

import java.util.Optional;
import java.util.Set;

/**
 * Who is making the current request, and for which partner they may act. Modules enforce data scope
 * with this in their application layer; the web layer never filters for security.
 */
public interface Caller {

  /** The name recorded as actor in the audit trail for work done without a signed-in user. */
  String SYSTEM = "system";

  /**
   * The servlet request attribute under which the authentication mechanism leaves the {@link
   * AccountView} it read for this request, so the caller's partner costs no second read. The
   * mechanism gives the container exactly this account's roles as the caller's groups, so they are
   * the caller's roles for this request too.
   */
  String REQUEST_ACCOUNT = "org.institute.core.Caller.account";

  boolean isAuthenticated();

  /** The signed-in username, or {@link #SYSTEM} when nobody is signed in. */
  String name();

  Set<Role> roles();

  default boolean hasRole(Role role) {
    return roles().contains(role);
  }

  /** The partner the caller belongs to; empty for institute staff such as admins. */
  Optional<PartnerId> partner();

  /**
   * Whose records the caller may read across the institute: admins, council members and auditors
   * read every partner's; partner staff their own partner's; everybody else none (licensee staff
   * too: the licensing module alone lets them read their company's deals). Built once, here, from
   * the roles and the account; a module may widen it for a role of its own (coordinators in talent
   * programmes) in its policy, never re-derive it.
   */
  default Scope scope() {
    return scopeOf(roles(), partner());
  }

  /** The one rule behind {@link #scope()}, for callers that are not the current request. */
  static Scope scopeOf(Set<Role> roles, Optional<PartnerId> partner) {
    if (roles.contains(Role.ADMIN)
        || roles.contains(Role.COUNCIL)
        || roles.contains(Role.AUDITOR)) {
      return Scope.all();
    }
    if (roles.contains(Role.PARTNER_STAFF) && partner.isPresent()) {
      return Scope.of(partner.get());
    }
    return Scope.none();
  }

  /**
   * Refuses the use case unless the caller holds one of the roles.
   *
   * @throws AccessRefusedException naming what was refused
   */
  default void requireAnyRole(String what, Role... allowed) {
    for (Role role : allowed) {
      if (hasRole(role)) {
        return;
      }
    }
    throw new AccessRefusedException(what);
  }

  /** Admins act for every partner; partner staff only for their own. */
  default boolean mayActFor(PartnerId partnerId) {
    return hasRole(Role.ADMIN)
        || (hasRole(Role.PARTNER_STAFF) && partner().map(partnerId::equals).orElse(false));
  }
}
