package org.institute.web.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local HTTP server standing in for Crossref (outside the system), one per test JVM, as {@code
 * CrossrefRegistryTest} stands one up for the adapter alone: {@code GET /works/{doi}} answers
 * Crossref's {@code {"status": "ok", "message": {...}}} for a work a test described, 500 for a DOI
 * a test made fail, 404 for every other. It starts with the server ({@link SharedPayaraMicro}),
 * which is configured to ask it ({@code institute.doi.lookup.url}); tests describe works under DOIs
 * they make unique, so they do not depend on each other.
 */
final class DoiService {
  private static DoiService running;

  private final Map<String, String> works = new ConcurrentHashMap<>();
  private final Map<String, Boolean> failing = new ConcurrentHashMap<>();
  private final Map<String, Integer> asked = new ConcurrentHashMap<>();

  private DoiService() {}

  /**
   * The port this fork's DOI service listens on and its server asks: a free one, chosen once per
   * test JVM.
   */
  static synchronized int port() {
    String chosen = System.getProperty("it.doi.port");
    if (chosen == null) {
      try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        chosen = Integer.toString(free.getLocalPort());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      System.setProperty("it.doi.port", chosen);
    }
    return Integer.parseInt(chosen);
  }

  /** This test JVM's DOI service, started on first use. */
  static synchronized DoiService running() {
    if (running == null) {
      DoiService service = new DoiService();
      try {
        HttpServer server =
            HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()), 0);
        server.createContext("/works/", exchange -> service.answer(exchange));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      running = service;
    }
    return running;
  }

  private void answer(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
    String raw = exchange.getRequestURI().getRawPath().substring("/works/".length());
    String doi = URLDecoder.decode(raw, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    asked.merge(doi, 1, Integer::sum);
    String work = works.get(doi);
    int status = failing.containsKey(doi) ? 500 : work == null ? 404 : 200;
    byte[] body =
        (status == 200
                ? "{\"status\":\"ok\",\"message-type\":\"work\",\"message\":" + work + "}"
                : status == 404 ? "Resource not found." : "Internal error")
            .getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .add("Content-Type", status == 200 ? "application/json" : "text/plain");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Describes a work as Crossref's {@code message} does (a JSON object). */
  DoiService knows(String doi, String messageJson) {
    works.put(doi.toLowerCase(Locale.ROOT), messageJson);
    return this;
  }

  /** Makes the service answer 500 for the DOI. */
  DoiService failsFor(String doi) {
    failing.put(doi.toLowerCase(Locale.ROOT), true);
    return this;
  }

  /** How often the server asked for the DOI. */
  int askedFor(String doi) {
    return asked.getOrDefault(doi.toLowerCase(Locale.ROOT), 0);
  }

  /**
   * Crossref's description of a journal article: title (with a language when given), authors
   * (family, given), journal and year.
   */
  static String article(
      String doi, String title, String language, String journal, int year, String... authors) {
    StringBuilder people = new StringBuilder();
    for (int i = 0; i + 1 < authors.length; i += 2) {
      people
          .append(people.length() == 0 ? "" : ",")
          .append("{\"family\":\"")
          .append(authors[i])
          .append("\",\"given\":\"")
          .append(authors[i + 1])
          .append("\"}");
    }
    return "{\"DOI\":\""
        + doi
        + "\",\"type\":\"journal-article\",\"title\":[\""
        + title
        + "\"],\"author\":["
        + people
        + "],\"container-title\":[\""
        + journal
        + "\"],\"issued\":{\"date-parts\":[["
        + year
        + "]]}"
        + (language == null ? "" : ",\"language\":\"" + language + "\"")
        + "}";
  }
}
