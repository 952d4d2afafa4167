package org.institute.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import org.institute.core.Jsonp;
import org.junit.jupiter.api.Test;

/**
 * JSON-P builders and readers come from {@link Jsonp}'s one provider: {@code jakarta.json.Json}'s
 * static methods and {@link JsonProvider#provider()} search the class path for the provider on
 * every call (decision 0116).
 */
class OneJsonProviderTest {

  static final ArchRule JSON_FROM_THE_ONE_PROVIDER =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(Jsonp.class.getName())
          .should()
          .accessClassesThat()
          .haveFullyQualifiedName(Json.class.getName())
          .orShould()
          .callMethod(JsonProvider.class, "provider")
          .because("Json's static methods look the provider up on every call (decision 0116)");

  @Test
  void theApplicationTakesItsJsonFromTheOneProvider() {
    JSON_FROM_THE_ONE_PROVIDER.check(ImportedClasses.production());
  }

  @Test
  void theRuleFailsOnEachWayRoundIt() {
    assertRefused(PlantedStaticJson.class, "Json.createObjectBuilder()");
    assertRefused(PlantedProviderLookup.class, "JsonProvider.provider()");
  }

  private static void assertRefused(Class<?> planted, String call) {
    assertThatThrownBy(
            () -> JSON_FROM_THE_ONE_PROVIDER.check(new ClassFileImporter().importClasses(planted)))
        .hasMessageContaining(planted.getName())
        .hasMessageContaining(call);
  }

  /** Builds JSON through Json's static methods. */
  static final class PlantedStaticJson {
    JsonObject payload() {
      return Json.createObjectBuilder().add("a", 1).build();
    }
  }

  /** Looks the provider up itself. */
  static final class PlantedProviderLookup {
    JsonObject payload() {
      return JsonProvider.provider().createObjectBuilder().build();
    }
  }
}
