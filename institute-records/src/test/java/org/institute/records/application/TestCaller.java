package org.institute.records.application;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.institute.core.Caller;
import org.institute.core.PartnerId;
import org.institute.core.Role;

/** A caller made by hand: a name, its roles and its partner. */
record TestCaller(String name, Set<Role> roles, Optional<PartnerId> partner) implements Caller {

  static TestCaller admin() {
    return new TestCaller("admin", EnumSet.of(Role.ADMIN), Optional.empty());
  }

  static TestCaller council() {
    return new TestCaller("council", EnumSet.of(Role.COUNCIL), Optional.empty());
  }

  static TestCaller auditor() {
    return new TestCaller("auditor", EnumSet.of(Role.AUDITOR), Optional.empty());
  }

  static TestCaller coordinator() {
    return new TestCaller("coordinator", EnumSet.of(Role.COORDINATOR), Optional.empty());
  }

  static TestCaller staffOf(long partner) {
    return new TestCaller(
        "staff" + partner, EnumSet.of(Role.PARTNER_STAFF), Optional.of(new PartnerId(partner)));
  }

  static TestCaller anonymous() {
    return new TestCaller(Caller.SYSTEM, EnumSet.noneOf(Role.class), Optional.empty());
  }

  @Override
  public boolean isAuthenticated() {
    return !roles.isEmpty();
  }
}
