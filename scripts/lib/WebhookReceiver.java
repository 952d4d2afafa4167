import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A webhook receiver for the operations checks: answers 204 to every POST and appends the
 * request's webhook-id to a file, one line each. Run as {@code java WebhookReceiver.java PORT FILE}.
 */
public class WebhookReceiver {
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[1]);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          String id = String.valueOf(exchange.getRequestHeaders().getFirst("webhook-id"));
          synchronized (WebhookReceiver.class) {
            Files.writeString(
                file,
                id + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
  }
}
