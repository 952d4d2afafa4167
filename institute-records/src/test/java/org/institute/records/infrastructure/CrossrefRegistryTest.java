package org.institute.records.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.institute.records.domain.DoiRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Crossref client against a local HTTP server that answers as Crossref does. */
class CrossrefRegistryTest {

  private static final String WORK =
      "{\"status\":\"ok\",\"message\":{\"DOI\":\"10.1109/tpwrs.2021.3051234\","
          + "\"title\":[\"Short-Term Load Forecasting\"]}}";

  private HttpServer server;
  private final List<String> asked = new ArrayList<>();
  private final List<String> agents = new ArrayList<>();
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/works/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          asked.add(path);
          agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
          int status = path.endsWith("3051234") ? 200 : path.endsWith("broken") ? 500 : 404;
          byte[] body =
              (status == 200 ? WORK : "Resource not found.").getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aKnownDoiGivesTheServicesJson() {
    CrossrefRegistry registry = new CrossrefRegistry(base + "/", "office@ssijri.example");

    assertThat(registry.work("10.1109/tpwrs.2021.3051234")).contains(WORK);
    assertThat(asked).containsExactly("/works/10.1109/tpwrs.2021.3051234");
    assertThat(agents).containsExactly("institute-records (mailto:office@ssijri.example)");
  }

  @Test
  void anUnknownDoiIsEmpty() {
    assertThat(new CrossrefRegistry(base, null).work("10.1000/unknown")).isEmpty();
    assertThat(agents).containsExactly("institute-records");
  }

  @Test
  void anErrorOfTheServiceIsAFailure() {
    assertThatThrownBy(() -> new CrossrefRegistry(base, " ").work("10.1000/broken"))
        .isInstanceOf(DoiRegistry.DoiRegistryException.class)
        .hasMessage("status 500");
  }

  @Test
  void aServiceThatDoesNotAnswerIsAFailure() {
    server.stop(0);

    assertThatThrownBy(() -> new CrossrefRegistry(base, null).work("10.1000/x"))
        .isInstanceOf(DoiRegistry.DoiRegistryException.class);
  }

  @Test
  void withoutABaseNothingIsCalled() {
    CrossrefRegistry none = new CrossrefRegistry(null, null);
    CrossrefRegistry blank = new CrossrefRegistry("  ", null);

    assertThat(none.configured()).isFalse();
    assertThat(blank.configured()).isFalse();
    assertThat(none.work("10.1109/tpwrs.2021.3051234")).isEmpty();
    assertThat(asked).isEmpty();
    assertThat(new CrossrefRegistry(base, null).configured()).isTrue();
  }
}
