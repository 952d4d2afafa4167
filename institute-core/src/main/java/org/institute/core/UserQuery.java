package org.institute.core;

import java.io.Serializable;

/**
 * Filters for the user list; a null field does not filter. {@code text} matches username, name or
 * e-mail. {@code sort} is one of username, displayName, email, createdAt, lastLoginAt, optionally
 * prefixed with '-' for descending.
 */
public record UserQuery(String text, Role role, PartnerId partner, Boolean enabled, String sort)
    implements Serializable {

  public static final java.util.Set<String> SORTABLE =
      java.util.Set.of("username", "displayName", "email", "createdAt", "lastLoginAt");

  public UserQuery {
    String key =
        sort == null || sort.isBlank() ? null : sort.startsWith("-") ? sort.substring(1) : sort;
    if (key != null && !SORTABLE.contains(key)) {
      throw InvalidCommandException.of("sort", "sort.unsupported");
    }
    if (text != null && text.length() > 200) {
      throw InvalidCommandException.of("q", "field.tooLong");
    }
  }

  public static UserQuery all() {
    return new UserQuery(null, null, null, null, null);
  }
}
