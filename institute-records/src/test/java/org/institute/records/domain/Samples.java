package org.institute.records.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample files of src/test/resources/imports, as bytes and as text. */
final class Samples {
  private Samples() {}

  static byte[] bytes(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/imports/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return BibliographyText.decode(bytes(name));
  }
}
