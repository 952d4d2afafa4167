package org.institute.core.domain;

import java.util.Base64;

/** Base64url without padding (RFC 4648 section 5), as JOSE writes it. */
public final class Base64Url {

  private Base64Url() {}

  public static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Decodes, refusing padding and characters outside the url alphabet. */
  public static byte[] decode(String text) {
    if (text == null || !text.matches("[A-Za-z0-9_-]*")) {
      throw new IllegalArgumentException("not base64url");
    }
    return Base64.getUrlDecoder().decode(text);
  }
}
