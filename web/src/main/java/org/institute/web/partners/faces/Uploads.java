package org.institute.web.partners.faces;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.institute.core.Documents;
import org.institute.core.InvalidCommandException;

/**
 * An uploaded file as the documents store takes it. The size is checked before reading so that an
 * oversized file is refused without filling memory; its content is checked by the store.
 */
public final class Uploads {
  private Uploads() {}

  /** A file to store, or none. */
  public record Upload(String fileName, byte[] content) {}

  /** Whether the user chose a file at all. */
  static boolean chosen(Part part) {
    return part != null && part.getSize() > 0;
  }

  /** Reads a chosen file, refusing on {@code field} one that is larger than the store accepts. */
  static Upload read(Part part, String field) {
    if (!chosen(part)) {
      throw InvalidCommandException.of(field, "document.required");
    }
    if (part.getSize() > Documents.MAX_BYTES) {
      throw InvalidCommandException.of(field, "document.tooLarge");
    }
    String name = part.getSubmittedFileName();
    try (InputStream in = part.getInputStream()) {
      return new Upload(
          name == null || name.isBlank() ? "document.pdf" : name,
          in.readNBytes(Documents.MAX_BYTES + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
