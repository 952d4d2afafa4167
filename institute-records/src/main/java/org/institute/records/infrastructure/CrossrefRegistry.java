package org.institute.records.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.records.domain.DoiRegistry;

/**
 * A Crossref-compatible REST service: {@code GET {base}/works/{doi}} answers the work as JSON, 404
 * when unknown. The base comes from {@code institute.doi.lookup.url} ({@code
 * INSTITUTE_DOI_LOOKUP_URL}, e.g. {@code https://api.crossref.org}); unset, nothing is called.
 * {@code institute.doi.lookup.mailto} adds the contact Crossref asks polite clients to send.
 */
@ApplicationScoped
public class CrossrefRegistry implements DoiRegistry {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Inject
  @ConfigProperty(name = "institute.doi.lookup.url")
  Optional<String> base;

  @Inject
  @ConfigProperty(name = "institute.doi.lookup.mailto")
  Optional<String> mailto;

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  public CrossrefRegistry() {}

  CrossrefRegistry(String base, String mailto) {
    this.base = Optional.ofNullable(base);
    this.mailto = Optional.ofNullable(mailto);
  }

  @Override
  public boolean configured() {
    return base.filter(b -> !b.isBlank()).isPresent();
  }

  @Override
  public Optional<String> work(String doi) {
    if (!configured()) {
      return Optional.empty();
    }
    String root = base.orElseThrow().strip();
    root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    String agent =
        "institute-records"
            + mailto.filter(m -> !m.isBlank()).map(m -> " (mailto:" + m + ")").orElse("");
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(root + "/works/" + URLEncoder.encode(doi, StandardCharsets.UTF_8)))
            .timeout(TIMEOUT)
            .header("Accept", "application/json")
            .header("User-Agent", agent)
            .GET()
            .build();
    try {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() == 404) {
        return Optional.empty();
      }
      if (response.statusCode() != 200) {
        throw new DoiRegistryException("status " + response.statusCode(), null);
      }
      return Optional.of(response.body());
    } catch (IOException e) {
      throw new DoiRegistryException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DoiRegistryException("interrupted", e);
    }
  }
}
