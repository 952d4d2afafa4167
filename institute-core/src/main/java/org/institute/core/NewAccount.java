package org.institute.core;

import java.io.Serializable;
import java.util.Set;

/** What it takes to open an account. {@code partner} is null for institute staff. */
public record NewAccount(
    String username,
    String displayName,
    String email,
    String language,
    Set<Role> roles,
    PartnerId partner,
    char[] password)
    implements Serializable {}
