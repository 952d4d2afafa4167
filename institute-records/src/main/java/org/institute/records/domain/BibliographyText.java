package org.institute.records.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded bibliography: UTF-8 unless a byte order mark says UTF-16; the mark is
 * dropped; bytes that are not valid in the encoding refuse the file rather than turn into
 * replacement characters.
 */
public final class BibliographyText {

  public static final String ENCODING = "publication.import.encoding";

  private BibliographyText() {}

  public static String decode(byte[] bytes) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      skip = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BibliographyException(ENCODING, "not " + charset.name());
    }
  }

  private static boolean startsWith(byte[] bytes, int... mark) {
    if (bytes.length < mark.length) {
      return false;
    }
    for (int i = 0; i < mark.length; i++) {
      if ((bytes[i] & 0xFF) != mark[i]) {
        return false;
      }
    }
    return true;
  }
}
