package org.institute.core.testing;

import java.lang.reflect.Field;

/**
 * Puts hand-made collaborators into a service's injected fields and gives entities the id the
 * database would, so that application services run in plain unit tests. Published in
 * institute-core's test jar for every module's tests.
 */
public final class Wiring {
  private Wiring() {}

  public static <T> T inject(T target, String field, Object value) {
    set(target, target.getClass(), field, value);
    return target;
  }

  public static void assignId(Object entity, long id) {
    set(entity, entity.getClass(), "id", id);
  }

  public static void bumpVersion(Object entity) {
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
