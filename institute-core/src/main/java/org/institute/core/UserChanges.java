package org.institute.core;

import java.io.Serializable;
import java.util.Set;

/**
 * An admin's change to an account. A null field is left as it is. {@code version} is the version
 * the admin read; a stale one is refused with a conflict. {@code clearPartner} removes the partner.
 */
public record UserChanges(
    Long version,
    String displayName,
    String email,
    Set<Role> roles,
    PartnerId partner,
    boolean clearPartner,
    Boolean enabled,
    boolean unlock,
    boolean sendPasswordReset)
    implements Serializable {}
