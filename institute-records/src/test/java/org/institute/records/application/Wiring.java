package org.institute.records.application;

import java.lang.reflect.Field;

/** Sets the injected fields of an application class, as the container would. */
final class Wiring {
  private Wiring() {}

  static <T> T inject(T target, String field, Object value) {
    try {
      Field f = target.getClass().getDeclaredField(field);
      f.setAccessible(true);
      f.set(target, value);
      return target;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
