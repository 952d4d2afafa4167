package org.institute.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the API tests. */
final class Http {
  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  Http(URL base) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
  }

  HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String contentType, String body)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Any method, with an optional bearer token and body. */
  HttpResponse<String> send(
      String method, String path, String token, String contentType, HttpRequest.BodyPublisher body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> json(String method, String path, String token, String body)
      throws IOException, InterruptedException {
    return send(
        method,
        path,
        token,
        "application/json",
        body == null ? null : HttpRequest.BodyPublishers.ofString(body));
  }

  HttpResponse<byte[]> download(String path, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
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
    return client.send(
        HttpRequest.newBuilder(base.resolve("api/v1/auth/token"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", clientAddress)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder()
                        .add("username", username)
                        .add("password", password)
                        .build()
                        .toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  String tokenFor(String username) throws IOException, InterruptedException {
    HttpResponse<String> r = token(username, Deployments.DEMO_PASSWORD);
    if (r.statusCode() != 200) {
      throw new IllegalStateException("no token for " + username + ": " + r.body());
    }
    return json(r).getString("access_token");
  }

  static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
