package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.PartnerId;
import org.institute.core.Role;
import org.institute.licensing.domain.Actor;

/**
 * The caller as licensing sees them: who may read everything (admins, council, auditors), whose
 * reads are narrowed to one partner (partner staff), who may act, and the domain's {@link Actor}.
 */
@ApplicationScoped
class LicensingCaller {

  @Inject private Caller caller;

  /** The partner whose records alone the caller may read; null when the caller reads everything. */
  Long readScope() {
    if (caller.hasRole(Role.ADMIN)
        || caller.hasRole(Role.COUNCIL)
        || caller.hasRole(Role.AUDITOR)) {
      return null;
    }
    if (caller.hasRole(Role.PARTNER_STAFF) && caller.partner().isPresent()) {
      return caller.partner().get().value();
    }
    throw new AccessRefusedException("reading IP and licensing records");
  }

  boolean sees(java.util.function.LongPredicate partyOf) {
    Long scope = readScope();
    return scope == null || partyOf.test(scope);
  }

  /** The actor for a change: an admin, or partner staff with their partner. */
  Actor actor() {
    if (caller.hasRole(Role.ADMIN)) {
      return new Actor(caller.name(), true, caller.partner().map(PartnerId::value).orElse(null));
    }
    if (caller.hasRole(Role.PARTNER_STAFF) && caller.partner().isPresent()) {
      return Actor.staffOf(caller.name(), caller.partner().get().value());
    }
    throw new AccessRefusedException("changing IP and licensing records");
  }

  String name() {
    return caller.name();
  }

  boolean isAdmin() {
    return caller.hasRole(Role.ADMIN);
  }

  Long partner() {
    return caller.hasRole(Role.PARTNER_STAFF)
        ? caller.partner().map(PartnerId::value).orElse(null)
        : null;
  }
}
