package org.institute.talent.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.institute.core.Role;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;

/** What the container would give an application class: injected fields, a caller, a clock. */
final class Wired {
  static final Instant NOW = Instant.parse("2027-01-10T02:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private Wired() {}

  static <T> T inject(T target, String field, Object value) {
    return Wiring.inject(target, field, value);
  }

  static TalentPolicy policyOf(Role... roles) {
    return new TalentPolicy(TestCaller.with(roles));
  }
}
