package org.institute.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The application's compiled classes, every module's and no test class, as ArchUnit sees them:
 * imported once per test JVM. The import reads several thousand class files and the library types
 * they use (about 10 s of the web module's unit tests on two cores), and both {@link
 * ModuleRulesTest} and {@link SessionStateSerializableTest} read these same classes; JavaClasses is
 * immutable, so sharing it cannot carry anything from one test to the next.
 */
final class ImportedClasses {

  private static JavaClasses production;

  private ImportedClasses() {}

  static synchronized JavaClasses production() {
    if (production == null) {
      production =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .withImportOption(location -> !location.contains("/org/institute/archfixtures/"))
              .importPackages(ModuleRulesTest.ROOT);
    }
    return production;
  }
}
