package org.institute.core.application;

import java.lang.reflect.Field;
import org.institute.core.Caller;

/**
 * Puts hand-made collaborators into a service's injected fields and gives entities the id the
 * database would, so that application services run in plain unit tests.
 */
final class Wiring {
  private Wiring() {}

  static <T> T inject(T target, String field, Object value) {
    set(target, target.getClass(), field, value);
    return target;
  }

  /** The core's policy answering for this caller. */
  static CorePolicy policy(Caller caller) {
    return inject(new CorePolicy(), "caller", caller);
  }

  static void assignId(Object entity, long id) {
    set(entity, entity.getClass(), "id", id);
  }

  static void bumpVersion(Object entity) {
    try {
      Field f = entity.getClass().getDeclaredField("version");
      f.setAccessible(true);
      f.setLong(entity, f.getLong(entity) + 1);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void set(Object target, Class<?> type, String field, Object value) {
    try {
      Field f = type.getDeclaredField(field);
      f.setAccessible(true);
      f.set(target, value);
    } catch (NoSuchFieldException e) {
      if (type.getSuperclass() == null) {
        throw new IllegalArgumentException("no field " + field, e);
      }
      set(target, type.getSuperclass(), field, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
