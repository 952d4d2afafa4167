package org.institute.web.platform.openapi;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.institute.web.platform.problem.Problems;

/**
 * The API's contract at {@code /openapi}, exactly as the build generated, linted and tested it
 * (decisions 0099 and 0118): YAML by default, JSON for {@code ?format=JSON} or for a client that
 * accepts JSON and not YAML, as MicroProfile OpenAPI's endpoint answers. Payara's own endpoint is
 * parked by the pre-boot commands: on its first request it parsed every class of the WAR again
 * (about 39,000; 3.5 s of a quiet machine's core) only to serve this same file. Both documents are
 * read once; an {@code ETag} lets a client (Swagger UI, a code generator) revalidate instead of
 * fetching half a megabyte again.
 */
@WebServlet("/openapi")
public class ContractServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private transient Document yaml;
  private transient Document json;

  /** One served form of the contract. */
  private record Document(byte[] bytes, String etag, String contentType) {}

  @Override
  public void init() {
    yaml = load("META-INF/openapi.yaml", "text/plain;charset=UTF-8");
    json = load("META-INF/openapi.json", "application/json;charset=UTF-8");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String format = request.getParameter("format");
    Document document;
    if (format == null) {
      document = wantsJson(request.getHeader("Accept")) ? json : yaml;
    } else if (format.equalsIgnoreCase("JSON")) {
      document = json;
    } else if (format.equalsIgnoreCase("YAML")) {
      document = yaml;
    } else {
      Problems.write(
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          "Unknown format",
          "format: JSON or YAML, not " + (format.length() > 20 ? format.substring(0, 20) : format));
      return;
    }
    response.setHeader("Vary", "Accept");
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("ETag", document.etag());
    String seen = request.getHeader("If-None-Match");
    if (seen != null && (seen.contains(document.etag()) || seen.trim().equals("*"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(document.contentType());
    response.setContentLength(document.bytes().length);
    response.getOutputStream().write(document.bytes());
  }

  /** JSON when the client names it and does not name YAML. */
  static boolean wantsJson(String accept) {
    if (accept == null) {
      return false;
    }
    String types = accept.toLowerCase(Locale.ROOT);
    return types.contains("application/json") && !types.contains("yaml");
  }

  private Document load(String resource, String contentType) {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the WAR holds no " + resource + " (built by web's pom)");
      }
      byte[] bytes = in.readAllBytes();
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      String etag = "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
      return new Document(bytes, etag, contentType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
