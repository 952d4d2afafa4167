package org.institute.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The module rules of ARCHITECTURE.md, checked on the compiled classes of every module. */
class ModuleRulesTest {

  private static final List<String> MODULES = List.of("core", "partners", "licensing", "talent");
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.institute");
  }

  @ParameterizedTest
  @ValueSource(strings = {"core", "partners", "licensing", "talent"})
  void othersUseOnlyAModulesRootPackage(String module) {
    String root = "org.institute." + module;
    noClasses()
        .that()
        .resideOutsideOfPackage(root + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(root + ".domain..", root + ".application..", root + ".infrastructure..")
        .because("a module's internals are its own; others use its API package " + root)
        .check(classes);
  }

  @Test
  void coreDependsOnNoFeatureModule() {
    noClasses()
        .that()
        .resideInAPackage("org.institute.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.institute.partners..",
            "org.institute.licensing..",
            "org.institute.talent..",
            "org.institute.web..")
        .check(classes);
  }

  @Test
  void licensingAndTalentProgrammesNeverMeet() {
    noClasses()
        .that()
        .resideInAPackage("org.institute.licensing..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.institute.talent..")
        .allowEmptyShould(true)
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.institute.talent..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.institute.licensing..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void featureModulesNeverReachIntoTheWebLayer() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.institute.partners..", "org.institute.licensing..", "org.institute.talent..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.institute.web..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void modulesFormNoCycle() {
    slices().matching("org.institute.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void domainDoesNotDependOnApplicationOrInfrastructure() {
    for (String module : MODULES) {
      String root = "org.institute." + module;
      noClasses()
          .that()
          .resideInAPackage(root + ".domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(root + ".application..", root + ".infrastructure..")
          .allowEmptyShould(true)
          .check(classes);
    }
  }
}
