package org.institute.core;

import java.io.Serializable;
import java.util.Set;

/**
 * An admin's invitation of a new user. The user chooses a password through a link sent by e-mail;
 * {@code partner} is required for partner staff and must be empty for everyone else.
 */
public record UserInvitation(
    String username,
    String displayName,
    String email,
    String language,
    Set<Role> roles,
    PartnerId partner)
    implements Serializable {

  public UserInvitation {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }
}
