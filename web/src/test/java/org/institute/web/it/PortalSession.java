package org.institute.web.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less portal user: a cookie jar and the login form posted as a browser posts it, so that
 * tests can sign in as each role without the cost of Chromium.
 */
final class PortalSession {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  final URI base;
  final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  final HttpClient client;

  /** The client address a trusted proxy would forward, or null for a direct connection. */
  private final String forwardedFor;

  /** The browser's language (Accept-Language), or null for none. */
  private String language;

  PortalSession(URI base) {
    this(base, null);
  }

  PortalSession(URI base, String forwardedFor) {
    this.base = base;
    this.forwardedFor = forwardedFor;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Signs in through the login page; the response is the form post's answer. */
  HttpResponse<String> signIn(String username, String password)
      throws IOException, InterruptedException {
    HttpResponse<String> page = get("login.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:next", "");
    form.put("login:username", username);
    form.put("login:password", password);
    form.put("login:submit", "Sign in");
    form.put("jakarta.faces.ViewState", viewState(page.body()));
    return post("login.xhtml", form);
  }

  static PortalSession signedIn(URI base, String username)
      throws IOException, InterruptedException {
    PortalSession session = new PortalSession(base);
    HttpResponse<String> r = session.signIn(username, Deployments.DEMO_PASSWORD);
    if (r.statusCode() != 302) {
      throw new IllegalStateException(
          "portal sign-in of " + username + " answered " + r.statusCode());
    }
    return session;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        forwarded(HttpRequest.newBuilder(base.resolve(path))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The bytes as they travel, asking for a compressed answer as browsers do. */
  HttpResponse<byte[]> getCompressed(String path) throws IOException, InterruptedException {
    return client.send(
        forwarded(HttpRequest.newBuilder(base.resolve(path)))
            .header("Accept-Encoding", "gzip, deflate, br")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return client.send(
        forwarded(HttpRequest.newBuilder(base.resolve(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Sends the browser language {@code tag} (Accept-Language) with every request from now on. */
  PortalSession reading(String tag) {
    this.language = tag;
    return this;
  }

  private HttpRequest.Builder forwarded(HttpRequest.Builder b) {
    if (language != null) {
      b.header("Accept-Language", language);
    }
    return forwardedFor == null ? b : b.header("X-Forwarded-For", forwardedFor);
  }

  Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no Faces view state in the page");
    }
    return m.group(1).replace("&#x3a;", ":").replace("&#58;", ":");
  }
}
