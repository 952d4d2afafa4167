package org.institute.core.domain;

import java.lang.reflect.Field;

/** Gives an entity the id the database would, for views that carry it. */
final class Persisted {
  private Persisted() {}

  static <T> T withId(T entity, Object id) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
