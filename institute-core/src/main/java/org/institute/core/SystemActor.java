package org.institute.core;

import java.util.function.Supplier;

/**
 * Work the system does on its own behalf, such as loading demo data: within {@link #call}, the
 * current request's {@link Caller} is named {@value Caller#SYSTEM} and holds the admin role, so the
 * same access rules and audit apply as for a person.
 */
public interface SystemActor {
  <T> T call(Supplier<T> work);

  default void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }
}
