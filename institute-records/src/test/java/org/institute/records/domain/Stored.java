package org.institute.records.domain;

import java.lang.reflect.Field;

/** Gives an entity the id and version the store would give it. */
final class Stored {
  private static long nextId = 100;

  private Stored() {}

  static <T> T withId(T entity) {
    set(entity, "id", nextId++);
    return entity;
  }

  static <T> T withVersion(T entity, long version) {
    set(entity, "version", version);
    return entity;
  }

  private static void set(Object entity, String name, Object value) {
    try {
      Field field = entity.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(entity, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
