package org.institute.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of ARCHITECTURE.md ({@link ModuleRules}), checked on the compiled classes of
 * every module. The modules are the packages found under {@code org.institute}; their edges come
 * from the Maven poms. {@link ModuleRulesPlantedViolationsTest} proves that each rule fails.
 */
class ModuleRulesTest {

  static final String ROOT = "org.institute";

  /**
   * Web feature packages named differently from the module they serve. While that module does not
   * exist, the package is web's own code (see {@link
   * ModuleRules#webFeaturePackagesFollowTheModuleGraph()}).
   */
  static final Map<String, String> WEB_FEATURE_MODULES =
      Map.of("funding", "records", "reports", "reporting");

  private static JavaClasses classes;
  private static ModuleGraph graph;
  private static ModuleRules rules;

  @BeforeAll
  static void importClasses() {
    classes = ImportedClasses.production();
    graph = ModuleGraph.ofThisBuild();
    rules = new ModuleRules(ROOT, graph, WEB_FEATURE_MODULES);
  }

  @Test
  void theModulesFoundInThePackagesAreTheMavenModules() {
    Set<String> fromPoms = new TreeSet<>(graph.names());
    fromPoms.remove(ModuleRules.WEB);
    assertThat(rules.modulesIn(classes))
        .as("modules under %s (packages) against the root packages of the Maven modules", ROOT)
        .contains("core")
        .isEqualTo(fromPoms);
  }

  @Test
  void othersUseOnlyAModulesApi() {
    rules.othersUseOnlyAModulesApi().check(classes);
  }

  @Test
  void apiDoesNotDependOnItsInternals() {
    rules.apiDoesNotDependOnItsInternals().check(classes);
  }

  @Test
  void domainDoesNotDependOnApplicationOrInfrastructure() {
    rules.domainDoesNotDependOnApplicationOrInfrastructure().check(classes);
  }

  @Test
  void modulesFormNoCycle() {
    rules.modulesFormNoCycle().check(classes);
  }

  @Test
  void packagesInsideAModuleFormNoCycle() {
    rules.packagesInsideAModuleFormNoCycle().check(classes);
  }

  @Test
  void modulesFollowTheMavenGraph() {
    rules.modulesFollowTheMavenGraph().check(classes);
  }

  @Test
  void webFeaturePackagesFollowTheModuleGraph() {
    rules.webFeaturePackagesFollowTheModuleGraph().check(classes);
  }

  @Test
  void noEntityInApiSignatures() {
    rules.noEntityInApiSignatures().check(classes);
  }

  @Test
  void everyFiredEventIsObserved() {
    rules.everyFiredEventIsObserved().check(classes);
  }
}
