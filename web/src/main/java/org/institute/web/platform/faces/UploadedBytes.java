package org.institute.web.platform.faces;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The content of a file chosen in a form's plain file field ({@code h:inputFile}). */
public final class UploadedBytes {
  private UploadedBytes() {}

  /** Reads the whole file; the caller has checked its size first. */
  public static byte[] of(Part part) {
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("the uploaded file could not be read", e);
    }
  }
}
