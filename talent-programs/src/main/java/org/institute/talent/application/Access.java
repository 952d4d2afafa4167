package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.talent.domain.Programme;

/**
 * Who may do what in talent programmes: coordinators and admins write; council members and auditors
 * read everything; partner staff read the programmes their partner owns.
 */
@ApplicationScoped
class Access {

  @Inject private Caller caller;

  /**
   * Coordinators and admins write. Work the server starts itself (demo data at start-up) runs
   * through the core's SystemActor, which holds the admin role, so an anonymous caller never writes
   * (docs/decisions/0022-talent-access.md).
   */
  boolean mayWrite() {
    return caller.hasRole(Role.ADMIN) || caller.hasRole(Role.COORDINATOR);
  }

  void requireWriter(String what) {
    if (!mayWrite()) {
      throw new AccessRefusedException(what);
    }
  }

  /** Reading participant records (personal data) is for coordinators and admins. */
  void requirePeopleReader() {
    requireWriter("reading participant records");
  }

  /**
   * The partner whose programmes the caller may read, or null for every programme.
   *
   * @throws AccessRefusedException for a caller with no reading role
   */
  Long ownerFilter() {
    if (mayWrite() || caller.hasRole(Role.COUNCIL) || caller.hasRole(Role.AUDITOR)) {
      return null;
    }
    if (caller.hasRole(Role.PARTNER_STAFF) && caller.partner().isPresent()) {
      return caller.partner().get().value();
    }
    throw new AccessRefusedException("reading programmes");
  }

  boolean mayRead(Programme programme) {
    Long owner = ownerFilter();
    return owner == null || programme.owners().stream().anyMatch(p -> p.value() == owner);
  }

  /** Refuses, as if it did not exist, a programme outside the caller's scope. */
  Programme readable(Programme programme, String what) {
    if (!mayRead(programme)) {
      throw new RecordNotFoundException(what);
    }
    return programme;
  }
}
