package org.institute.web.partners.rest;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Serves a stored PDF as a download: never inline, never sniffed into HTML. */
final class Downloads {
  private Downloads() {}

  static Response pdf(String fileName, byte[] content) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
    return Response.ok(content, "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + ascii
                + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /**
   * Reads at most {@code limit + 1} bytes, so an oversized upload is refused without filling
   * memory.
   */
  static byte[] readLimited(java.io.InputStream in, int limit) throws java.io.IOException {
    if (in == null) {
      return new byte[0];
    }
    return in.readNBytes(limit + 1);
  }
}
