import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver for the operations checks: answers 204 to every POST and appends the
 * request's webhook-id to a file, one line each. Given the endpoint's secret, it checks the
 * Standard Webhooks signature as a receiver would (HMAC-SHA256 of id.timestamp.body, keyed with
 * the bytes after whsec_, compared in constant time with each v1 signature of the header) and
 * writes "signed" or "unsigned" after the id. Run as {@code java WebhookReceiver.java PORT FILE
 * [SECRET]}.
 */
public class WebhookReceiver {
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[1]);
    String secret = args.length > 2 ? args[2] : null;
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          String id = String.valueOf(exchange.getRequestHeaders().getFirst("webhook-id"));
          String line = id;
          if (secret != null) {
            boolean valid =
                verify(
                    secret,
                    id,
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    body,
                    exchange.getRequestHeaders().getFirst("webhook-signature"));
            line += valid ? " signed" : " unsigned";
          }
          synchronized (WebhookReceiver.class) {
            Files.writeString(
                file,
                line + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
  }

  static boolean verify(String secret, String id, String timestamp, byte[] body, String header) {
    if (timestamp == null || header == null || !secret.startsWith("whsec_")) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      byte[] expected = mac.doFinal(body);
      for (String signature : header.split(" ")) {
        if (signature.startsWith("v1,")
            && MessageDigest.isEqual(
                expected, Base64.getDecoder().decode(signature.substring(3)))) {
          return true;
        }
      }
      return false;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
