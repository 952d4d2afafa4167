package org.institute.core.testing;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.institute.core.Caller;
import org.institute.core.PartnerId;
import org.institute.core.Role;

/**
 * A caller made by hand for the modules' unit tests: a name, its roles and its partner. Published
 * as institute-core's test jar (decision 0077), so that no module keeps its own copy.
 */
public record TestCaller(String name, Set<Role> roles, Optional<PartnerId> partner)
    implements Caller {

  public static TestCaller admin() {
    return new TestCaller("admin", EnumSet.of(Role.ADMIN), Optional.empty());
  }

  public static TestCaller council() {
    return new TestCaller("council", EnumSet.of(Role.COUNCIL), Optional.empty());
  }

  public static TestCaller auditor() {
    return new TestCaller("auditor", EnumSet.of(Role.AUDITOR), Optional.empty());
  }

  public static TestCaller coordinator() {
    return new TestCaller("coordinator", EnumSet.of(Role.COORDINATOR), Optional.empty());
  }

  public static TestCaller staffOf(long partner) {
    return new TestCaller(
        "staff" + partner, EnumSet.of(Role.PARTNER_STAFF), Optional.of(new PartnerId(partner)));
  }

  /** Someone signed in with exactly these roles and, for partner staff, this partner. */
  public static TestCaller of(Set<Role> roles, Optional<PartnerId> partner) {
    return new TestCaller(
        "someone", roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), partner);
  }

  /** Someone signed in with exactly these roles and no partner (none: signed in, no role). */
  public static TestCaller with(Role... roles) {
    return of(Set.of(roles), Optional.empty());
  }

  /** Nobody signed in: a scheduled or start-up task, named {@link Caller#SYSTEM}. */
  public static TestCaller anonymous() {
    return new TestCaller(Caller.SYSTEM, EnumSet.noneOf(Role.class), Optional.empty());
  }

  @Override
  public boolean isAuthenticated() {
    return !roles.isEmpty() || !Caller.SYSTEM.equals(name);
  }
}
