package org.institute.core;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** An account as user administration sees it: state and history, never the password hash. */
public record UserDetails(
    long id,
    String username,
    String displayName,
    String email,
    String language,
    Set<Role> roles,
    PartnerId partner,
    boolean enabled,
    boolean passwordSet,
    Instant lockedUntil,
    Instant lastLoginAt,
    Instant createdAt,
    long version)
    implements Serializable {

  public UserDetails {
    roles = Set.copyOf(roles);
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }
}
