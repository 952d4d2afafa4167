package org.institute.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.Role;
import org.institute.core.Scope;
import org.institute.records.RecordsAccess;
import org.institute.records.RecordsAction;

/**
 * The one home of who may do what with the institute's records. Reading follows the core scope
 * (admins, council and auditors every partner's records; partner staff their partner's); the
 * headquarters space, which mixes every partner's, only for callers who read everything; admins
 * record and change.
 */
@ApplicationScoped
class RecordsPolicy implements RecordsAccess {

  @Inject private Caller caller;

  @Override
  public Set<RecordsAction> allowedActions() {
    return allowedFor(caller.scope(), caller.hasRole(Role.ADMIN));
  }

  static Set<RecordsAction> allowedFor(Scope scope, boolean admin) {
    Set<RecordsAction> allowed = EnumSet.noneOf(RecordsAction.class);
    if (!scope.isNone()) {
      allowed.add(RecordsAction.READ_PROJECTS);
      allowed.add(RecordsAction.READ_SPIN_OFFS);
      allowed.add(RecordsAction.READ_FUNDING);
    }
    if (scope.isAll()) {
      allowed.add(RecordsAction.READ_SPACE);
    }
    if (admin) {
      allowed.add(RecordsAction.MANAGE_RECORDS);
    }
    return allowed;
  }

  /**
   * The partners whose records the caller reads.
   *
   * @throws AccessRefusedException naming {@code what} for a caller who reads none
   */
  Scope readScope(String what) {
    Scope scope = caller.isAuthenticated() ? caller.scope() : Scope.none();
    if (scope.isNone()) {
      throw new AccessRefusedException(what);
    }
    return scope;
  }

  /** Reading what mixes every partner's records (the space): callers who read everything. */
  void requireReaderOfAll(String what) {
    if (!readScope(what).isAll()) {
      throw new AccessRefusedException(what);
    }
  }

  void requireSignedIn(String what) {
    if (!caller.isAuthenticated()) {
      throw new AccessRefusedException(what);
    }
  }

  void requireManager(String what) {
    caller.requireAnyRole(what, Role.ADMIN);
  }
}
