package org.institute.web.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The API's contract (decision 0099) as the integration tests hold the server to it: every answer
 * {@link Http} receives from {@code /api/v1/} must match the document the build generated and the
 * server serves (status, media type, body schema), and a JSON body the server accepted (2xx) must
 * match the request schema. A mismatch fails the test that made the request, with the validator's
 * report. Answers to the deprecated {@code ?offset=} (with a {@code Deprecation} header) keep their
 * old shape, which the contract no longer describes: only their status is checked.
 */
final class Contract {

  private static final String API = "/api/v1/";
  private static final java.util.Set<String> METHODS =
      java.util.Arrays.stream(Request.Method.values())
          .map(Enum::name)
          .collect(java.util.stream.Collectors.toSet());
  private static final OpenApiInteractionValidator VALIDATOR = validator();

  private Contract() {}

  /**
   * Counts the answers checked and the time it took, and prints both when a test JVM's tests are
   * done (a JUnit listener, registered as a service; it never loads the document itself).
   */
  public static final class Report implements org.junit.platform.launcher.TestExecutionListener {
    static final AtomicLong CHECKED = new AtomicLong();
    static final AtomicLong NANOS = new AtomicLong();

    @Override
    public void testPlanExecutionFinished(org.junit.platform.launcher.TestPlan plan) {
      long checked = CHECKED.get();
      if (checked > 0) {
        System.out.printf(
            java.util.Locale.ROOT,
            "contract: %d API answers checked against the OpenAPI document in %d ms (%.2f ms"
                + " each, loading the document included)%n",
            checked,
            NANOS.get() / 1_000_000,
            NANOS.get() / 1e6 / checked);
      }
    }
  }

  private static OpenApiInteractionValidator validator() {
    Path document = Path.of(System.getProperty("it.openapi", "target/openapi/openapi.json"));
    if (!Files.isRegularFile(document)) {
      throw new IllegalStateException(
          "no OpenAPI document at " + document + ": build the web module");
    }
    long start = System.nanoTime();
    OpenApiInteractionValidator v =
        OpenApiInteractionValidator.createForSpecificationUrl(document.toUri().toString())
            .withLevelResolver(
                LevelResolver.create()
                    // the tests send what they want checked; the server decides who may
                    .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                    .withLevel("validation.request.parameter", ValidationReport.Level.IGNORE)
                    .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                    .withLevel(
                        "validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                    // a body sent where the operation reads none is ignored by the server
                    .withLevel("validation.request.body.unexpected", ValidationReport.Level.IGNORE)
                    .build())
            .build();
    Report.NANOS.addAndGet(System.nanoTime() - start);
    return v;
  }

  /** Checks an answer, and the JSON body that was sent when the server took it. */
  static void check(HttpResponse<String> response, String sentJson) {
    String path = response.request().uri().getPath();
    if (!path.startsWith(API) || !METHODS.contains(response.request().method())) {
      return; // not the API's, or a method no contract has (hostile requests)
    }
    if (response.statusCode() == 400
        && response.body().isEmpty()
        && response.headers().firstValue("Content-Type").isEmpty()) {
      return; // refused by the HTTP layer before the application (a malformed request line)
    }
    long start = System.nanoTime();
    Request.Method method = Request.Method.valueOf(response.request().method());
    boolean deprecated = response.headers().firstValue("Deprecation").isPresent();
    SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
    response.headers().firstValue("Content-Type").ifPresent(t -> answer.withContentType(t));
    if (!deprecated && !response.body().isEmpty()) {
      answer.withBody(response.body());
    }
    ValidationReport report = VALIDATOR.validateResponse(path, method, answer.build());
    if (deprecated) {
      report =
          ValidationReport.from(
              report.getMessages().stream()
                  .filter(m -> !m.getKey().startsWith("validation.response.body"))
                  .toList());
    }
    if (sentJson != null && response.statusCode() / 100 == 2) {
      SimpleRequest.Builder sent =
          new SimpleRequest.Builder(method.name(), path)
              .withContentType("application/json")
              .withBody(sentJson);
      report = report.merge(VALIDATOR.validateRequest(sent.build()));
    }
    Report.NANOS.addAndGet(System.nanoTime() - start);
    Report.CHECKED.incrementAndGet();
    if (report.hasErrors()) {
      throw new AssertionError(
          method
              + " "
              + path
              + " -> "
              + response.statusCode()
              + " breaks the API's contract:\n"
              + report.getMessages()
              + "\nbody: "
              + abbreviate(response.body()));
    }
  }

  private static String abbreviate(String body) {
    return body.length() <= 600 ? body : body.substring(0, 600) + "...";
  }
}
