package org.institute.core;

import java.io.Serializable;
import java.util.Set;

/**
 * A user account as other modules and the web layer see it: never the password hash nor the
 * second-factor secret; {@code mfa} tells whether a second factor is in force.
 */
public record AccountView(
    long id,
    String username,
    String displayName,
    String email,
    String language,
    Set<Role> roles,
    PartnerId partner,
    boolean enabled,
    boolean mfa)
    implements Serializable {

  public AccountView {
    roles = Set.copyOf(roles);
  }
}
