package org.institute.licensing.domain;

import java.util.Objects;

/**
 * Who acts on a deal, as the domain needs to know it: the name for the record, whether an admin,
 * and the partner whose staff they are (null for institute staff).
 */
public record Actor(String username, boolean admin, Long partnerId) {

  public Actor {
    Objects.requireNonNull(username, "username");
  }

  public static Actor admin(String username) {
    return new Actor(username, true, null);
  }

  public static Actor staffOf(String username, long partnerId) {
    return new Actor(username, false, partnerId);
  }

  public static Actor system() {
    return new Actor("system", false, null);
  }

  public boolean isStaffOf(Long partner) {
    return partnerId != null && partnerId.equals(partner);
  }
}
