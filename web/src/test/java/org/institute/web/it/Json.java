package org.institute.web.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** An HTTP client for JSON calls with a bearer token and optional idempotency key. */
final class Json {
  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  Json(URL base) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
  }

  HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), token);
  }

  HttpResponse<String> post(String path, String token, String body)
      throws IOException, InterruptedException {
    return post(path, token, body, null);
  }

  HttpResponse<String> post(String path, String token, String body, String idempotencyKey)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (idempotencyKey != null) {
      b.header("Idempotency-Key", idempotencyKey);
    }
    return send(b, token);
  }

  HttpResponse<String> put(String path, String token, String body)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body)),
        token);
  }

  private HttpResponse<String> send(HttpRequest.Builder b, String token)
      throws IOException, InterruptedException {
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return client.send(
        b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject object(HttpResponse<String> r) {
    return Http.json(r);
  }

  static jakarta.json.JsonArray array(HttpResponse<String> r) {
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
      return reader.readArray();
    }
  }

  /**
   * The number of SQL statements the server reports for the request (diagnostics switched on in
   * tests).
   */
  static int statements(HttpResponse<String> r) {
    return Integer.parseInt(
        r.headers()
            .firstValue("X-SQL-Statements")
            .orElseThrow(() -> new AssertionError("no X-SQL-Statements header")));
  }
}
