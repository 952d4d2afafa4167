package org.institute.web.platform.idempotency;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.institute.core.IdempotencyRecords;
import org.institute.core.IdempotencyRecords.Claim;
import org.institute.core.IdempotencyRecords.StoredResponse;
import org.institute.web.platform.problem.Problems;

/**
 * The {@code Idempotency-Key} mechanism for methods marked {@link Idempotent}
 * (docs/decisions/0012-idempotency-keys.md):
 *
 * <ul>
 *   <li>request: claims (user, key) with a digest of method, path, query, media type and body. A
 *       repeat of an answered request gets the stored response with {@code Idempotency-Replayed:
 *       true}; a repeat while the first is still running gets 409; the same key with another
 *       request gets 422;
 *   <li>response: stores status, media type, Location and body of anything below 500; a 5xx
 *       releases the key so the client may retry.
 * </ul>
 *
 * Requests without the header pass untouched. Runs after authentication and role checks.
 */
@Provider
@Idempotent
@Priority(Priorities.USER)
public class IdempotencyFilter
    implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED = "Idempotency-Replayed";
  private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
  private static final String STATUS = IdempotencyFilter.class.getName() + ".status";
  private static final String LOCATION = IdempotencyFilter.class.getName() + ".location";
  private static final Pattern KEY =
      Pattern.compile("[\\x21-\\x7E]{1," + IdempotencyRecords.MAX_KEY_LENGTH + "}");

  /** Bodies above this are not read for the digest: the documents store refuses them anyway. */
  private static final int MAX_BODY = 16 * 1024 * 1024;

  private record Claimed(String user, String key) {}

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    Principal user = request.getSecurityContext().getUserPrincipal();
    if (key == null || user == null) {
      return;
    }
    if (!KEY.matcher(key).matches()) {
      request.abortWith(
          Problems.response(
              400,
              "Invalid Idempotency-Key",
              "An Idempotency-Key is 1 to "
                  + IdempotencyRecords.MAX_KEY_LENGTH
                  + " visible ASCII characters."));
      return;
    }
    byte[] body = read(request.getEntityStream());
    if (body == null) {
      request.abortWith(
          Problems.response(413, "Payload Too Large", "The request body is too large."));
      return;
    }
    request.setEntityStream(new ByteArrayInputStream(body));
    String hash = digest(request, body);
    Claim claim = records().claim(user.getName(), key, hash);
    switch (claim.outcome()) {
      case CLAIMED -> request.setProperty(CLAIM, new Claimed(user.getName(), key));
      case REPLAY -> request.abortWith(replay(claim.response().orElseThrow()));
      case IN_PROGRESS ->
          request.abortWith(
              Problems.response(
                  409,
                  "Conflict",
                  "A request with this Idempotency-Key is still being processed; try again shortly."));
      case MISMATCH ->
          request.abortWith(
              Problems.response(
                  422,
                  "Idempotency-Key reused",
                  "This Idempotency-Key was already used for a different request; use a new key."));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(CLAIM) instanceof Claimed claimed)) {
      return;
    }
    int status = response.getStatus();
    if (status >= 500) {
      records().release(claimed.user(), claimed.key());
      request.removeProperty(CLAIM);
      return;
    }
    URI location = response.getLocation();
    if (!response.hasEntity()) {
      records()
          .complete(
              claimed.user(),
              claimed.key(),
              new StoredResponse(
                  status, null, location == null ? null : location.toString(), new byte[0]));
      request.removeProperty(CLAIM);
      return;
    }
    request.setProperty(STATUS, status);
    request.setProperty(LOCATION, location == null ? null : location.toString());
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (!(context.getProperty(CLAIM) instanceof Claimed claimed)
        || context.getProperty(STATUS) == null) {
      context.proceed();
      return;
    }
    OutputStream original = context.getOutputStream();
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    context.setOutputStream(new Tee(original, copy));
    context.proceed();
    MediaType type = context.getMediaType();
    records()
        .complete(
            claimed.user(),
            claimed.key(),
            new StoredResponse(
                (Integer) context.getProperty(STATUS),
                type == null ? null : type.toString(),
                (String) context.getProperty(LOCATION),
                copy.toByteArray()));
    context.removeProperty(CLAIM);
  }

  private static Response replay(StoredResponse stored) {
    Response.ResponseBuilder r = Response.status(stored.status()).header(REPLAYED, "true");
    if (stored.location() != null) {
      r.header("Location", stored.location());
    }
    if (stored.body().length > 0) {
      r.entity(stored.body())
          .type(
              stored.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : stored.mediaType());
    }
    return r.build();
  }

  private static String digest(ContainerRequestContext request, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String head =
          request.getMethod()
              + "\n"
              + request.getUriInfo().getRequestUri().getRawPath()
              + "?"
              + nullToEmpty(request.getUriInfo().getRequestUri().getRawQuery())
              + "\n"
              + nullToEmpty(request.getHeaderString("Content-Type"))
              + "\n";
      sha.update(head.getBytes(StandardCharsets.UTF_8));
      sha.update(body);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static byte[] read(InputStream in) throws IOException {
    if (in == null) {
      return new byte[0];
    }
    byte[] bytes = in.readNBytes(MAX_BODY + 1);
    return bytes.length > MAX_BODY ? null : bytes;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static IdempotencyRecords records() {
    return CDI.current().select(IdempotencyRecords.class).get();
  }

  /** Writes to the client and keeps a copy. */
  private static final class Tee extends OutputStream {
    private final OutputStream out;
    private final ByteArrayOutputStream copy;

    Tee(OutputStream out, ByteArrayOutputStream copy) {
      this.out = out;
      this.copy = copy;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      copy.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      copy.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
