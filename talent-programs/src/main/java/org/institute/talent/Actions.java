package org.institute.talent;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Immutable, ordered copies of the action sets the views carry. */
final class Actions {
  private Actions() {}

  static <E extends Enum<E>> Set<E> copy(Set<E> actions) {
    return actions == null || actions.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(actions));
  }
}
