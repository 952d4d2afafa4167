package org.institute.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import org.institute.archfixtures.alpha.PlantedAlphaApiUsesItsDomain;
import org.institute.archfixtures.alpha.PlantedEntityInAlphaApi;
import org.institute.archfixtures.alpha.PlantedLeakyAlphaApi;
import org.institute.archfixtures.alpha.application.PlantedAlphaServiceNeedsItsJobs;
import org.institute.archfixtures.alpha.application.PlantedAlphaUsesGamma;
import org.institute.archfixtures.alpha.domain.PlantedAlphaDomainUsesApplication;
import org.institute.archfixtures.beta.application.PlantedBetaUsesAlphaDomain;
import org.institute.archfixtures.core.PlantedCoreKnowsAlpha;
import org.institute.archfixtures.web.alpha.PlantedAlphaPageUsesAlphaInternals;
import org.institute.archfixtures.web.alpha.PlantedAlphaPageUsesBetaPage;
import org.institute.archfixtures.web.platform.PlantedPlatformUsesAlphaPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule of {@link ModuleRules} proven: applied to the fixture modules under {@code
 * org.institute.archfixtures}, it fails and names the classes planted to break it, and it passes
 * once the planted classes ({@code Planted...}) are left out.
 */
class ModuleRulesPlantedViolationsTest {

  static final String ROOT = "org.institute.archfixtures";

  /** The fixtures' Maven graph: beta depends on alpha; alpha and gamma on core only. */
  static final ModuleGraph GRAPH =
      new ModuleGraph(
          List.of(
              module("fixture-core", "core"),
              module("fixture-alpha", "alpha", "fixture-core"),
              module("fixture-beta", "beta", "fixture-core", "fixture-alpha"),
              module("fixture-gamma", "gamma", "fixture-core"),
              module(
                  "fixture-web",
                  "web",
                  "fixture-core",
                  "fixture-alpha",
                  "fixture-beta",
                  "fixture-gamma")));

  private static final ModuleRules RULES = new ModuleRules(ROOT, GRAPH, Map.of());

  private static JavaClasses fixtures;
  private static JavaClasses withoutPlanted;

  @BeforeAll
  static void importFixtures() {
    fixtures = new ClassFileImporter().importPackages(ROOT);
    withoutPlanted = fixtures.that(not(simpleNameStartingWith("Planted")));
  }

  @Test
  void theModulesAreDerivedFromThePackages() {
    assertThat(RULES.modulesIn(fixtures)).containsExactly("alpha", "beta", "core", "gamma");
  }

  @Test
  void usingAnotherModulesInternalsIsReported() {
    assertReports(
        RULES.othersUseOnlyAModulesApi(),
        PlantedBetaUsesAlphaDomain.class,
        PlantedAlphaPageUsesAlphaInternals.class);
  }

  @Test
  void anApiDependingOnItsOwnInternalsIsReported() {
    assertReports(
        RULES.apiDoesNotDependOnItsInternals(),
        PlantedAlphaApiUsesItsDomain.class,
        PlantedLeakyAlphaApi.class);
  }

  @Test
  void aDomainDependingOnItsApplicationIsReported() {
    assertReports(
        RULES.domainDoesNotDependOnApplicationOrInfrastructure(),
        PlantedAlphaDomainUsesApplication.class);
  }

  @Test
  void aCycleBetweenModulesIsReported() {
    assertReports(RULES.modulesFormNoCycle(), PlantedCoreKnowsAlpha.class);
  }

  @Test
  void aCycleInsideAModuleIsReported() {
    assertReports(
        RULES.packagesInsideAModuleFormNoCycle(),
        PlantedAlphaServiceNeedsItsJobs.class,
        PlantedAlphaDomainUsesApplication.class);
  }

  @Test
  void aModuleUsingAModuleItsPomDoesNotNameIsReported() {
    assertReports(
        RULES.modulesFollowTheMavenGraph(),
        PlantedAlphaUsesGamma.class,
        PlantedCoreKnowsAlpha.class);
  }

  @Test
  void webFeaturePackagesAgainstTheModuleGraphAreReported() {
    assertReports(
        RULES.webFeaturePackagesFollowTheModuleGraph(),
        PlantedAlphaPageUsesBetaPage.class,
        PlantedPlatformUsesAlphaPage.class);
  }

  @Test
  void anEntityInAnApiSignatureIsReported() {
    assertReports(
        RULES.noEntityInApiSignatures(), PlantedLeakyAlphaApi.class, PlantedEntityInAlphaApi.class);
  }

  /** The rule fails on the fixtures, naming each planted class, and passes without them. */
  private static void assertReports(ArchRule rule, Class<?>... planted) {
    for (Class<?> violation : planted) {
      assertThatThrownBy(() -> rule.check(fixtures))
          .as("%s reports %s", rule.getDescription(), violation.getSimpleName())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(violation.getName());
    }
    rule.check(withoutPlanted);
  }

  private static ModuleGraph.Module module(String artifactId, String name, String... dependsOn) {
    return new ModuleGraph.Module(artifactId, ROOT + "." + name, List.of(dependsOn));
  }

  @Test
  void anEventThatNobodyObservesIsReported() {
    assertReports(
        RULES.everyFiredEventIsObserved(),
        org.institute.archfixtures.alpha.application.PlantedAlphaFiresUnobservedEvent.class);
  }
}
