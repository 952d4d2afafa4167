package org.institute.reporting.application;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import org.institute.core.Role;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;

/**
 * What the container would give an application class: injected fields, beans, a caller, a clock.
 */
final class Wired {
  static final Instant NOW = Instant.parse("2023-07-01T02:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private Wired() {}

  static <T> T inject(T target, String field, Object value) {
    return Wiring.inject(target, field, value);
  }

  static ReportingPolicy policyOf(Role... roles) {
    return new ReportingPolicy(TestCaller.with(roles));
  }

  /** The beans of a type, in the order given, as {@code Instance} iterates them. */
  record Beans<T>(List<T> beans) implements Instance<T> {
    @SafeVarargs
    static <T> Beans<T> of(T... beans) {
      return new Beans<>(List.of(beans));
    }

    @Override
    public Iterator<T> iterator() {
      return beans.iterator();
    }

    @Override
    public T get() {
      if (beans.size() != 1) {
        throw new IllegalStateException("not one bean but " + beans.size());
      }
      return beans.get(0);
    }

    @Override
    public Instance<T> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isUnsatisfied() {
      return beans.isEmpty();
    }

    @Override
    public boolean isAmbiguous() {
      return beans.size() > 1;
    }

    @Override
    public void destroy(T instance) {}

    @Override
    public Handle<T> getHandle() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<? extends Handle<T>> handles() {
      throw new UnsupportedOperationException();
    }
  }
}
