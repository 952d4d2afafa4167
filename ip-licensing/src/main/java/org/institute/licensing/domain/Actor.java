package org.institute.licensing.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Who acts on a deal, as the domain needs to know it: the name for the record, whether an admin,
 * and the partner whose staff they are (null for institute staff).
 */
public record Actor(String username, boolean admin, Long partnerId, Set<String> approverRoles) {

  /**
   * @param approverRoles the codes of the named approver roles the actor holds (decision 0108)
   */
  public Actor {
    Objects.requireNonNull(username, "username");
    approverRoles = approverRoles == null ? Set.of() : Set.copyOf(approverRoles);
  }

  /** An actor who holds no named approver role. */
  public Actor(String username, boolean admin, Long partnerId) {
    this(username, admin, partnerId, Set.of());
  }

  /** The same actor holding the named approver roles of these codes. */
  public Actor holding(Set<String> roles) {
    return new Actor(username, admin, partnerId, roles);
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
