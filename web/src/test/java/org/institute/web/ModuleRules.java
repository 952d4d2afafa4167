package org.institute.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvent;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * The module rules of ARCHITECTURE.md as ArchUnit rules, for any root package: {@code
 * org.institute} for the product, {@code org.institute.archfixtures} for the planted violations
 * that prove each rule fails. Under the root, {@code <root>.<module>} is a module's published API,
 * {@code <root>.<module>.domain|application|infrastructure} its internals, and {@code
 * <root>.web.<feature>} the web layer's feature packages beside the shared {@code
 * <root>.web.platform}.
 *
 * <p>Nothing here lists the modules: they are the packages found under the root, and their edges
 * are the Maven module graph ({@link ModuleGraph}).
 *
 * @param root the package the modules sit in
 * @param graph the module graph, by root package name
 * @param webFeatureModules web feature packages named differently from the module they serve (for
 *     example {@code reports -> reporting}); others serve the module of their own name
 */
record ModuleRules(String root, ModuleGraph graph, Map<String, String> webFeatureModules) {

  static final String WEB = "web";
  static final String PLATFORM = "platform";
  static final String CORE = "core";
  static final Set<String> INTERNALS = Set.of("domain", "application", "infrastructure");
  static final Set<String> ENTITY_ANNOTATIONS =
      Set.of(
          "jakarta.persistence.Entity",
          "jakarta.persistence.Embeddable",
          "jakarta.persistence.MappedSuperclass");

  /**
   * Where a package sits under a root: the module (or {@code web}) and the part of it: {@code ""}
   * for a module's API package, the layer for its internals, the feature for web.
   */
  record Place(String module, String part) {

    boolean isWeb() {
      return module.equals(WEB);
    }

    boolean isApi() {
      return !isWeb() && part.isEmpty();
    }

    boolean isInternal() {
      return !isWeb() && INTERNALS.contains(part);
    }

    boolean isWebFeature() {
      return isWeb() && !part.isEmpty();
    }
  }

  Optional<Place> placeOf(JavaClass javaClass) {
    String packageName = javaClass.getBaseComponentType().getPackageName();
    if (!packageName.startsWith(root + ".")) {
      return Optional.empty();
    }
    String[] segments = packageName.substring(root.length() + 1).split("\\.");
    return Optional.of(new Place(segments[0], segments.length > 1 ? segments[1] : ""));
  }

  /** The modules found under the root: every package {@code <root>.<name>} except web. */
  SortedSet<String> modulesIn(JavaClasses classes) {
    SortedSet<String> modules = new TreeSet<>();
    for (JavaClass javaClass : classes) {
      placeOf(javaClass).filter(place -> !place.isWeb()).ifPresent(p -> modules.add(p.module()));
    }
    return modules;
  }

  /** Rule 2: other modules and web use a module's API package, never its internals. */
  ArchRule othersUseOnlyAModulesApi() {
    return dependencyRule(
        "use another module only through its API package (never its domain, application or"
            + " infrastructure)",
        (origin, target) -> target.isInternal() && !target.module().equals(origin.module()));
  }

  /** Rule 3: a module's API package does not depend on its own internals. */
  ArchRule apiDoesNotDependOnItsInternals() {
    return dependencyRule(
        "keep a module's API package free of its own domain, application and infrastructure",
        (origin, target) ->
            origin.isApi() && target.isInternal() && target.module().equals(origin.module()));
  }

  /** Domain code does not depend on its module's application or infrastructure. */
  ArchRule domainDoesNotDependOnApplicationOrInfrastructure() {
    return dependencyRule(
        "keep a module's domain free of its application and infrastructure",
        (origin, target) ->
            !origin.isWeb()
                && origin.part().equals("domain")
                && target.module().equals(origin.module())
                && (target.part().equals("application") || target.part().equals("infrastructure")));
  }

  /** Rule 4a: no cycle between modules (web included). */
  ArchRule modulesFormNoCycle() {
    return slices()
        .matching(root + ".(*)..")
        .namingSlices("module $1")
        .as("modules under " + root)
        .should()
        .beFreeOfCycles();
  }

  /**
   * Rule 4b: no cycle between the packages of a module (API, domain, application, infrastructure).
   * The slices of all modules are checked together, so a cycle that runs through two modules'
   * packages is reported here too.
   */
  ArchRule packagesInsideAModuleFormNoCycle() {
    SliceAssignment modulePackages =
        new SliceAssignment() {
          @Override
          public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return placeOf(javaClass)
                .filter(place -> !place.isWeb())
                .map(
                    place ->
                        SliceIdentifier.of(
                            place.module() + (place.isApi() ? " (API)" : "." + place.part())))
                .orElse(SliceIdentifier.ignore());
          }

          @Override
          public String getDescription() {
            return "the packages of each module under " + root;
          }
        };
    return slices()
        .assignedFrom(modulePackages)
        .as("the packages inside each module under " + root)
        .should()
        .beFreeOfCycles();
  }

  /**
   * A module uses only the modules its Maven module depends on (directly or through another), never
   * web, and never a package under the root that is no Maven module.
   */
  ArchRule modulesFollowTheMavenGraph() {
    return dependencyRule(
        "use only the modules their Maven module depends on",
        (origin, target) ->
            !origin.isWeb()
                && !target.module().equals(origin.module())
                && !graph.reachableFrom(origin.module()).contains(target.module()));
  }

  /**
   * Rule 5: a web feature package uses web.platform, web.core, its own package and the web feature
   * packages of the modules its module depends on; web.platform uses no feature package. A feature
   * package whose module does not exist (yet) is web's own code and follows web's edges (all).
   */
  ArchRule webFeaturePackagesFollowTheModuleGraph() {
    return dependencyRule(
        "use web.platform, web.core and the web feature packages of the modules their module"
            + " depends on; web.platform uses no feature package",
        (origin, target) -> {
          if (!origin.isWebFeature() || !target.isWebFeature()) {
            return false;
          }
          String from = origin.part();
          String to = target.part();
          if (from.equals(to) || to.equals(PLATFORM)) {
            return false;
          }
          if (from.equals(PLATFORM)) {
            return true;
          }
          if (to.equals(CORE)) {
            return false;
          }
          String fromModule = webFeatureModules.getOrDefault(from, from);
          String toModule = webFeatureModules.getOrDefault(to, to);
          if (graph.byName(fromModule).isEmpty()) {
            return false;
          }
          return !graph.reachableFrom(fromModule).contains(toModule);
        });
  }

  /**
   * Rule 6: no JPA entity, embeddable or mapped superclass in a published API signature: public
   * types of a module's API package are no entities, and their public and protected fields, methods
   * and constructors (generic type arguments included), supertypes and type parameters name none.
   */
  ArchRule noEntityInApiSignatures() {
    ArchCondition<JavaClass> exposeNoEntity =
        new ArchCondition<>("expose no JPA entity type in their published API") {
          @Override
          public void check(JavaClass javaClass, ConditionEvents events) {
            if (!isPublishedApiType(javaClass)) {
              return;
            }
            if (isEntity(javaClass)) {
              events.add(violated(javaClass, javaClass.getName() + " is a JPA entity type"));
            }
            List<JavaType> supertypes = new ArrayList<>(javaClass.getInterfaces());
            javaClass.getSuperclass().ifPresent(supertypes::add);
            for (JavaType supertype : supertypes) {
              for (JavaClass involved : supertype.getAllInvolvedRawTypes()) {
                if (isEntity(involved)) {
                  events.add(
                      violated(
                          javaClass,
                          javaClass.getName()
                              + " extends "
                              + supertype.getName()
                              + ", naming "
                              + involved.getName()));
                }
              }
            }
            for (JavaField field : javaClass.getFields()) {
              if (isPublished(field.getModifiers())) {
                for (JavaClass involved : field.getType().getAllInvolvedRawTypes()) {
                  if (isEntity(involved)) {
                    events.add(
                        violated(
                            javaClass,
                            "Field <" + field.getFullName() + "> exposes " + involved.getName()));
                  }
                }
              }
            }
            for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
              if (isPublished(codeUnit.getModifiers())) {
                for (JavaClass involved : codeUnit.getAllInvolvedRawTypes()) {
                  if (isEntity(involved)) {
                    events.add(
                        violated(
                            javaClass,
                            "<" + codeUnit.getFullName() + "> exposes " + involved.getName()));
                  }
                }
              }
            }
          }
        };
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .should(exposeNoEntity)
        .as("published API types of the modules under " + root + " expose no JPA entity type");
  }

  private boolean isPublishedApiType(JavaClass javaClass) {
    return javaClass.getModifiers().contains(JavaModifier.PUBLIC)
        && !javaClass.isAnonymousClass()
        && !javaClass.isLocalClass()
        && placeOf(javaClass).map(Place::isApi).orElse(false);
  }

  private static boolean isPublished(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static boolean isEntity(JavaClass javaClass) {
    JavaClass type = javaClass.getBaseComponentType();
    return ENTITY_ANNOTATIONS.stream().anyMatch(type::isAnnotatedWith);
  }

  private static ConditionEvent violated(Object item, String message) {
    return SimpleConditionEvent.violated(item, message);
  }

  /**
   * Rule 7: no event without an observer. Every event type a class under the root fires through an
   * injected {@code Event<T>} is the parameter type of some {@code @Observes} or
   * {@code @ObservesAsync} method under the root.
   */
  ArchRule everyFiredEventIsObserved() {
    ArchCondition<JavaClass> condition =
        new ArchCondition<>("fire only events that some method observes") {
          private final Set<String> observed = new java.util.HashSet<>();

          @Override
          public void init(java.util.Collection<JavaClass> all) {
            observed.clear();
            for (JavaClass c : all) {
              for (com.tngtech.archunit.core.domain.JavaMethod m : c.getMethods()) {
                for (com.tngtech.archunit.core.domain.JavaParameter p : m.getParameters()) {
                  if (p.isAnnotatedWith("jakarta.enterprise.event.Observes")
                      || p.isAnnotatedWith("jakarta.enterprise.event.ObservesAsync")) {
                    observed.add(p.getRawType().getName());
                  }
                }
              }
            }
          }

          @Override
          public void check(JavaClass javaClass, ConditionEvents events) {
            for (JavaField field : javaClass.getFields()) {
              if (!field.getRawType().getName().equals("jakarta.enterprise.event.Event")
                  || !(field.getType()
                      instanceof com.tngtech.archunit.core.domain.JavaParameterizedType type)) {
                continue;
              }
              for (JavaType argument : type.getActualTypeArguments()) {
                String event = argument.toErasure().getName();
                if (!observed.contains(event)) {
                  events.add(
                      violated(
                          javaClass,
                          "Field <"
                              + field.getFullName()
                              + "> fires "
                              + event
                              + ", which no method observes"));
                }
              }
            }
          }
        };
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .should(condition)
        .as("classes under " + root + " should fire only events that some method observes");
  }

  /**
   * A rule over every dependency between two classes under the root: {@code forbidden} says, from
   * the places of origin and target, whether the dependency breaks the rule.
   */
  private ArchRule dependencyRule(String should, BiPredicate<Place, Place> forbidden) {
    ArchCondition<JavaClass> condition =
        new ArchCondition<>(should) {
          @Override
          public void check(JavaClass javaClass, ConditionEvents events) {
            Optional<Place> origin = placeOf(javaClass);
            if (origin.isEmpty()) {
              return;
            }
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
              Optional<Place> target = placeOf(dependency.getTargetClass());
              if (target.isPresent() && forbidden.test(origin.get(), target.get())) {
                events.add(violated(dependency, dependency.getDescription()));
              }
            }
          }
        };
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .should(condition)
        .as("classes under " + root + " should " + should);
  }
}
