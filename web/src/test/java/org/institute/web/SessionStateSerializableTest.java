package org.institute.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The WAR is {@code <distributable/>}: in a cluster the HTTP session, with every session- and
 * view-scoped bean in it, is serialised to the other instances. This walks the state those beans
 * keep (their fields, the fields of the application's own types inside them, and the element types
 * of their collections, a generic base class's fields by the type arguments its bean gives) and
 * names every part that would not serialise. Injected fields are left out: the container replaces
 * them with serialisable proxies.
 */
class SessionStateSerializableTest {

  /** The web module's own classes, where the session- and view-scoped beans live. */
  private static final String WEB = "org.institute.web";

  private static final Set<String> SCOPES =
      Set.of(
          "jakarta.faces.view.ViewScoped",
          "jakarta.enterprise.context.SessionScoped",
          "jakarta.enterprise.context.ConversationScoped",
          "jakarta.faces.flow.FlowScoped");

  @Test
  void everySessionAndViewScopedBeanSerialises() {
    List<Class<?>> beans =
        ImportedClasses.production().stream()
            .filter(c -> c.getPackageName().equals(WEB) || c.getPackageName().startsWith(WEB + "."))
            .filter(
                c ->
                    c.getAnnotations().stream()
                        .anyMatch(a -> SCOPES.contains(a.getRawType().getName())))
            .map(JavaClass::reflect)
            .toList();
    assertThat(beans).as("scoped beans found").hasSizeGreaterThan(10);

    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      check(bean, bean.getSimpleName(), problems, new HashSet<>());
    }
    assertThat(problems).as("state that would not replicate").isEmpty();
  }

  private static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
    if (type.isPrimitive() || type.isEnum() || !seen.add(type)) {
      return;
    }
    if (type.isArray()) {
      check(type.getComponentType(), path + "[]", problems, seen);
      return;
    }
    if (isContainer(type)) {
      return; // the element types are checked from the field's generic type
    }
    if (!Serializable.class.isAssignableFrom(type)) {
      problems.add(path + ": " + type.getName() + " is not Serializable");
      return;
    }
    if (!type.getName().startsWith("org.institute.")) {
      return; // a library's serialisable class is trusted to mean it
    }
    Map<TypeVariable<?>, Type> arguments = new HashMap<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isAnnotationPresent(Inject.class)
            || field.isSynthetic()) {
          continue;
        }
        Type declared = field.getGenericType();
        checkType(
            arguments.getOrDefault(declared, declared),
            path + "." + field.getName(),
            problems,
            seen);
      }
      if (c.getGenericSuperclass() instanceof ParameterizedType generic) {
        TypeVariable<?>[] variables = c.getSuperclass().getTypeParameters();
        Type[] given = generic.getActualTypeArguments();
        for (int i = 0; i < variables.length; i++) {
          arguments.put(variables[i], arguments.getOrDefault(given[i], given[i]));
        }
      }
    }
  }

  private static void checkType(Type type, String path, List<String> problems, Set<Class<?>> seen) {
    if (type instanceof Class<?> c) {
      check(c, path, problems, seen);
    } else if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (isContainer(raw)) {
        for (Type argument : p.getActualTypeArguments()) {
          checkType(argument, path + "<>", problems, seen);
        }
      } else {
        check(raw, path, problems, seen);
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        checkType(bound, path, problems, seen);
      }
    }
  }

  /** Collections and maps are declared by interface; the JDK's implementations serialise. */
  private static boolean isContainer(Class<?> type) {
    return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
  }
}
