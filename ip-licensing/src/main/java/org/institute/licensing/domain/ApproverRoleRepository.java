package org.institute.licensing.domain;

import java.util.List;
import java.util.Optional;

/** The named approver roles (decision 0108). */
public interface ApproverRoleRepository {

  ApproverRole add(ApproverRole role);

  /** Every role, by code. */
  List<ApproverRole> all();

  Optional<ApproverRole> byCode(String code);

  /** The codes of the roles the user holds, in order (one statement in the database). */
  default java.util.SortedSet<String> codesHeldBy(String username) {
    java.util.SortedSet<String> held = new java.util.TreeSet<>();
    all().stream().filter(r -> r.heldBy(username)).forEach(r -> held.add(r.code()));
    return held;
  }
}
