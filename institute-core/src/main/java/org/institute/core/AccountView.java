package org.institute.core;

import java.io.Serializable;
import java.util.Set;

/** A user account as other modules and the web layer see it: never the password hash. */
public record AccountView(
    long id,
    String username,
    String displayName,
    String email,
    String language,
    Set<Role> roles,
    PartnerId partner,
    boolean enabled) implements Serializable {

  public AccountView {
    roles = Set.copyOf(roles);
  }
}
