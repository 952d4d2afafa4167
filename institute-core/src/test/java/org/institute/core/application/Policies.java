package org.institute.core.application;

import org.institute.core.Caller;
import org.institute.core.testing.Wiring;

/** The core's policy as the container would give it to a service, for one caller. */
final class Policies {
  private Policies() {}

  static CorePolicy policy(Caller caller) {
    return Wiring.inject(new CorePolicy(), "caller", caller);
  }
}
