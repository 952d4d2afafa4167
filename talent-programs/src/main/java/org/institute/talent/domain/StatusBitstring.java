package org.institute.talent.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code encodedList} of a W3C Bitstring Status List: {@value StatusSlot#LIST_SIZE} bits, the
 * first index in the most significant bit of the first byte, GZIP-compressed, written as Multibase
 * base64url without padding (the prefix {@code u}).
 */
public final class StatusBitstring {

  private StatusBitstring() {}

  public static String encode(Collection<Integer> setBits) {
    byte[] bits = new byte[StatusSlot.LIST_SIZE / 8];
    for (int index : setBits) {
      bits[index / 8] |= (byte) (0x80 >>> (index % 8));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
  }

  /** Whether bit {@code index} is set in an encoded list. */
  public static boolean isSet(String encodedList, int index) {
    if (encodedList == null || !encodedList.startsWith("u")) {
      throw new IllegalArgumentException("not a Multibase base64url list");
    }
    byte[] zipped = Base64.getUrlDecoder().decode(encodedList.substring(1));
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
      byte[] bits = in.readAllBytes();
      if (index < 0 || index / 8 >= bits.length) {
        throw new IllegalArgumentException("index " + index + " outside the list");
      }
      return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    } catch (IOException e) {
      throw new IllegalArgumentException("not a GZIP-compressed list", e);
    }
  }
}
