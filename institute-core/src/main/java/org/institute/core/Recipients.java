package org.institute.core;

import java.util.List;

/**
 * Whom to e-mail: the addresses of enabled accounts by role or by partner, so a module can tell the
 * next people in line without reading the account tables itself.
 */
public interface Recipients {

  /** E-mail addresses of enabled accounts holding the role, ordered by username. */
  List<String> withRole(Role role);

  /** E-mail addresses of the enabled partner staff of a partner, ordered by username. */
  List<String> staffOf(PartnerId partner);

  /** As {@link #withRole}, each address with its account's language. */
  default List<Addressee> addresseesWithRole(Role role) {
    return withRole(role).stream().map(e -> new Addressee(e, null)).toList();
  }

  /**
   * The enabled accounts of a partner holding the role (for example a licensee company's {@link
   * Role#LICENSEE} staff), with their languages, ordered by username.
   */
  default List<Addressee> addresseesOf(PartnerId partner, Role role) {
    return role == Role.PARTNER_STAFF
        ? staffOf(partner).stream().map(e -> new Addressee(e, null)).toList()
        : List.of();
  }
}
