package org.institute.web.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
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
 * The built contract's examples (decision 0105): every JSON request body and every JSON answer of
 * {@code /api/v1} has an example, and each example passes the same validator the integration tests
 * hold the server to ({@code it.Contract}), as the body of that very operation.
 */
class ContractExamplesTest {

  private static final Path DOCUMENT = Path.of("target/openapi/openapi.json");
  private static final Set<String> VERBS = Set.of("get", "post", "put", "patch", "delete");

  private static JsonObject doc;
  private static OpenApiInteractionValidator validator;

  @BeforeAll
  static void read() throws Exception {
    try (Reader in = Files.newBufferedReader(DOCUMENT);
        JsonReader reader = Json.createReader(in)) {
      doc = reader.readObject();
    }
    validator =
        OpenApiInteractionValidator.createForSpecificationUrl(DOCUMENT.toUri().toString())
            .withLevelResolver(
                LevelResolver.create()
                    // only the bodies are the examples' business
                    .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                    .withLevel("validation.request.parameter", ValidationReport.Level.IGNORE)
                    .build())
            .build();
  }

  @Test
  void everyComponentSchemaHasAnExample() {
    List<String> without = new ArrayList<>();
    schemas()
        .forEach(
            (name, schema) -> {
              if (!schema.asJsonObject().containsKey("example")) {
                without.add(name);
              }
            });
    assertThat(without).as("schemas without an example").isEmpty();
  }

  @Test
  void everyRequestBodyHasAnExampleTheOperationTakes() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Operation op : operations()) {
      JsonObject body = op.operation().getJsonObject("requestBody");
      if (body == null) {
        continue;
      }
      for (Map.Entry<String, JsonValue> media : body.getJsonObject("content").entrySet()) {
        if (!media.getKey().contains("json") || file(media.getValue().asJsonObject())) {
          continue;
        }
        JsonValue example = example(media.getValue().asJsonObject());
        if (example == null) {
          problems.add(op + " " + media.getKey() + ": no example");
          continue;
        }
        checked++;
        ValidationReport report =
            validator.validateRequest(
                new SimpleRequest.Builder(op.verb().toUpperCase(java.util.Locale.ROOT), op.path())
                    .withContentType(media.getKey())
                    .withBody(example.toString())
                    .build());
        if (report.hasErrors()) {
          problems.add(op + ": " + report.getMessages() + "\n  example: " + example);
        }
      }
    }
    System.out.printf("contract: %d request examples checked%n", checked);
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void everyAnswerHasAnExampleTheOperationMayGive() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Operation op : operations()) {
      for (Map.Entry<String, JsonValue> r : op.operation().getJsonObject("responses").entrySet()) {
        if (!r.getKey().matches("\\d{3}")) {
          continue; // "default" is the same problem schema as every error
        }
        JsonObject response = resolve(r.getValue().asJsonObject());
        JsonObject content = response.getJsonObject("content");
        if (content == null) {
          continue;
        }
        for (Map.Entry<String, JsonValue> media : content.entrySet()) {
          if (!media.getKey().contains("json") || file(media.getValue().asJsonObject())) {
            continue;
          }
          JsonValue example = example(media.getValue().asJsonObject());
          if (example == null) {
            problems.add(op + " " + r.getKey() + " " + media.getKey() + ": no example");
            continue;
          }
          checked++;
          ValidationReport report =
              validator.validateResponse(
                  op.path(),
                  Request.Method.valueOf(op.verb().toUpperCase(java.util.Locale.ROOT)),
                  SimpleResponse.Builder.status(Integer.parseInt(r.getKey()))
                      .withContentType(media.getKey())
                      .withBody(example.toString())
                      .build());
          if (report.hasErrors()) {
            problems.add(
                op + " " + r.getKey() + ": " + report.getMessages() + "\n  example: " + example);
          }
        }
      }
    }
    System.out.printf("contract: %d answer examples checked%n", checked);
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(500);
  }

  private record Operation(String verb, String template, JsonObject operation) {
    /** A path the template matches: each parameter is 1. */
    String path() {
      return template.replaceAll("\\{[^}]+}", "1");
    }

    @Override
    public String toString() {
      return verb + " " + template;
    }
  }

  private static List<Operation> operations() {
    List<Operation> all = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : doc.getJsonObject("paths").entrySet()) {
      if (!path.getKey().startsWith("/api/v1/")) {
        continue;
      }
      for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
        if (VERBS.contains(op.getKey())) {
          all.add(new Operation(op.getKey(), path.getKey(), op.getValue().asJsonObject()));
        }
      }
    }
    return all;
  }

  /** A file sent or answered as it is (a CSL-JSON import is bytes to the server): no example. */
  private static boolean file(JsonObject media) {
    JsonObject schema = media.getJsonObject("schema");
    return schema != null && "binary".equals(schema.getString("format", ""));
  }

  /** The media type's example, else its schema's, else the example of the schema it names. */
  private static JsonValue example(JsonObject media) {
    if (media.containsKey("example")) {
      return media.get("example");
    }
    JsonObject schema = media.getJsonObject("schema");
    if (schema != null && schema.containsKey("$ref")) {
      schema = schemas().getJsonObject(name(schema.getString("$ref")));
    }
    return schema == null ? null : schema.get("example");
  }

  private static JsonObject resolve(JsonObject response) {
    if (!response.containsKey("$ref")) {
      return response;
    }
    return doc.getJsonObject("components")
        .getJsonObject("responses")
        .getJsonObject(name(response.getString("$ref")));
  }

  private static String name(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static JsonObject schemas() {
    return doc.getJsonObject("components").getJsonObject("schemas");
  }
}
