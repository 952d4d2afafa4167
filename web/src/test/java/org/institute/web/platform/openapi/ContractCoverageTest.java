package org.institute.web.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How much of the API the generated contract types (decision 0099), printed on every build: an
 * operation counts as typed when each JSON body it reads and its success answer have a schema with
 * properties (files are binary strings, 204 has no body). Every one is.
 */
class ContractCoverageTest {

  private static JsonObject doc;
  private static JsonObject schemas;

  @BeforeAll
  static void read() throws Exception {
    try (Reader in = Files.newBufferedReader(Path.of("target/openapi/openapi.json"));
        JsonReader reader = Json.createReader(in)) {
      doc = reader.readObject();
    }
    schemas = doc.getJsonObject("components").getJsonObject("schemas");
  }

  @Test
  void everyOperationHasTypedRequestAndResponseSchemas() {
    int operations = 0;
    int typed = 0;
    int bodies = 0;
    List<String> untypedAnswers = new ArrayList<>();
    List<String> untypedBodies = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : doc.getJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
        if (!Set.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
          continue;
        }
        operations++;
        String name = op.getKey() + " " + path.getKey();
        JsonObject operation = op.getValue().asJsonObject();
        boolean bodyTyped = true;
        if (operation.containsKey("requestBody")) {
          bodies++;
          bodyTyped = contentTyped(operation.getJsonObject("requestBody"));
          if (!bodyTyped) {
            untypedBodies.add(name);
          }
        }
        boolean answerTyped = answerTyped(operation.getJsonObject("responses"));
        if (!answerTyped) {
          untypedAnswers.add(name);
        }
        if (bodyTyped && answerTyped) {
          typed++;
        }
      }
    }
    System.out.printf(
        "contract: %d operations, %d with typed request and response schemas (%.1f %%); %d request"
            + " bodies, %d still free JSON objects%n",
        operations, typed, 100.0 * typed / operations, bodies, untypedBodies.size());

    assertThat(operations).isGreaterThan(100);
    assertThat(untypedAnswers).isEmpty();
    assertThat(untypedBodies).isEmpty();
    assertThat(typed).isEqualTo(operations);
  }

  @Test
  void partnerIdsArePlainNumbersAndErrorsAreProblems() {
    assertThat(schemas.getJsonObject("PartnerId").getString("type")).isEqualTo("integer");
    JsonObject approve =
        doc.getJsonObject("paths")
            .getJsonObject("/api/v1/licence-deals/{id}/approve")
            .getJsonObject("post");
    assertThat(approve.getJsonObject("responses").keySet())
        .contains("200", "400", "401", "403", "404", "409", "422", "429", "default");
    assertThat(schemas.getJsonObject("Problem").getJsonArray("required").toString())
        .contains("type", "title", "status");
  }

  @Test
  void listsAnswerTheEnvelopeOfTheirItems() {
    JsonObject page = schemas.getJsonObject("DealRowPage");
    assertThat(page.getJsonObject("properties").keySet()).containsOnly("items", "next", "total");
    assertThat(page.getJsonObject("properties").getJsonObject("items").toString())
        .contains("#/components/schemas/DealRow");
  }

  private static boolean answerTyped(JsonObject responses) {
    for (Map.Entry<String, JsonValue> r : responses.entrySet()) {
      if (!r.getKey().startsWith("2")) {
        continue;
      }
      if (r.getKey().equals("204")) {
        return true;
      }
      JsonObject response = r.getValue().asJsonObject();
      if (response.containsKey("content") && contentTyped(response)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contentTyped(JsonObject withContent) {
    JsonObject content = withContent.getJsonObject("content");
    if (content == null || content.isEmpty()) {
      return false;
    }
    for (Map.Entry<String, JsonValue> media : content.entrySet()) {
      if (media.getKey().contains("json")
          && !schemaTyped(media.getValue().asJsonObject().getJsonObject("schema"), 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean schemaTyped(JsonObject schema, int depth) {
    if (schema == null) {
      return false;
    }
    if (schema.containsKey("$ref")) {
      String name = schema.getString("$ref").substring("#/components/schemas/".length());
      return depth > 4 || schemaTyped(schemas.getJsonObject(name), depth + 1);
    }
    String type = schema.getString("type", "object");
    return switch (type) {
      case "object" ->
          schema.containsKey("properties")
              || schema.containsKey("additionalProperties")
              || schema.containsKey("allOf")
              || schema.containsKey("oneOf");
      case "array" -> schemaTyped(schema.getJsonObject("items"), depth + 1);
      default -> true;
    };
  }
}
