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
}
