package org.institute.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one HTTP client of the integration tests: requests relative to the deployment, with an
 * optional bearer token, and the readers of what comes back. Redirects are never followed, so a
 * test sees what the server answered.
 */
final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final URI base;

  Http(URL base) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
  }

  /** A request to a path of the deployment, with the bearer token when there is one. */
  HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  /** Sends and checks the answer against the API's contract ({@link Contract}). */
  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return send(request, null);
  }

  /**
   * Sends; the answer, and the JSON sent when the server took it, are checked ({@link Contract}).
   */
  HttpResponse<String> send(HttpRequest request, String sentJson)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Contract.check(response, sentJson);
    return response;
  }

  /** For tests that race requests against each other. */
  CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
    return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    return send(request(path, token).GET().build());
  }

  /** An unauthenticated post of a body of any type. */
  HttpResponse<String> post(String path, String contentType, String body)
      throws IOException, InterruptedException {
    return send(
        request(path, null)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<String> postJson(String path, String token, String body)
      throws IOException, InterruptedException {
    return postJson(path, token, body, null);
  }

  HttpResponse<String> postJson(String path, String token, String body, String idempotencyKey)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (idempotencyKey != null) {
      b.header("Idempotency-Key", idempotencyKey);
    }
    return send(b.build(), body);
  }

  HttpResponse<String> putJson(String path, String token, String body)
      throws IOException, InterruptedException {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        body);
  }

  /** A CSV upload, as UTF-8. */
  HttpResponse<String> postCsv(String path, String token, String body)
      throws IOException, InterruptedException {
    return send(
        request(path, token)
            .header("Content-Type", "text/csv; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  /** Any method, with an optional bearer token and body. */
  HttpResponse<String> send(
      String method, String path, String token, String contentType, HttpRequest.BodyPublisher body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        request(path, token)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.build());
  }

  HttpResponse<String> json(String method, String path, String token, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        request(path, token)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    return send(b.build(), body);
  }

  /** A response read as bytes: files, PDFs, spreadsheets. */
  HttpResponse<byte[]> download(String path, String token)
      throws IOException, InterruptedException {
    return CLIENT.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A response read as bytes, with an {@code Accept} header when one is given. */
  HttpResponse<byte[]> download(String path, String token, String accept)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = request(path, token).GET();
    if (accept != null) {
      b.header("Accept", accept);
    }
    return download(b.build());
  }

  static HttpResponse<byte[]> download(HttpRequest request)
      throws IOException, InterruptedException {
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> token(String username, String password)
      throws IOException, InterruptedException {
    return post(
        "api/v1/auth/token",
        "application/json",
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .build()
            .toString());
  }

  /** A token request of an account with two-step sign-in. */
  HttpResponse<String> token(String username, String password, String otp)
      throws IOException, InterruptedException {
    return post(
        "api/v1/auth/token",
        "application/json",
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .add("otp", otp)
            .build()
            .toString());
  }

  /** A token request as a trusted proxy forwards it for the given client address. */
  HttpResponse<String> tokenFrom(String clientAddress, String username, String password)
      throws IOException, InterruptedException {
    return send(
        request("api/v1/auth/token", null)
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", clientAddress)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder()
                        .add("username", username)
                        .add("password", password)
                        .build()
                        .toString()))
            .build());
  }

  /**
   * A bearer token for a user with the demo password, to act as that user. Each sign-in costs the
   * server a PBKDF2 hash of 210,000 iterations (about a fifth of a second of a core here), and the
   * integration tests ask for several hundred such tokens a run, nearly all for the same ten demo
   * accounts, which no test changes (a test that locks, disables or changes an account makes its
   * own: {@link Database#freshAccount}). So a test JVM keeps the token of each server and user for
   * {@link #TOKEN_REUSE} (they live an hour, {@code institute.jwt.lifetime}); tests about signing
   * in itself call {@link #token} and get a new one each time (decision 0113).
   */
  String tokenFor(String username) throws IOException, InterruptedException {
    String key = base + " " + username;
    Issued kept = TOKENS.get(key);
    if (kept != null && System.nanoTime() - kept.at() < TOKEN_REUSE.toNanos()) {
      return kept.token();
    }
    HttpResponse<String> r = token(username, Deployments.DEMO_PASSWORD);
    if (r.statusCode() != 200) {
      throw new IllegalStateException("no token for " + username + ": " + r.body());
    }
    String token = json(r).getString("access_token");
    TOKENS.put(key, new Issued(token, System.nanoTime()));
    return token;
  }

  /** How long {@link #tokenFor} hands out the same token again: a third of its lifetime. */
  static final Duration TOKEN_REUSE = Duration.ofMinutes(20);

  private static final Map<String, Issued> TOKENS = new ConcurrentHashMap<>();

  /** A token {@link #tokenFor} received, and when (System.nanoTime). */
  private record Issued(String token, long at) {}

  static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  static JsonArray array(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
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
