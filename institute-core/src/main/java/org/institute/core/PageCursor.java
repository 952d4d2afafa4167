package org.institute.core;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the next page of a list starts (keyset pagination, decision 0095): the list's order as the
 * address writes it ({@code updatedAt,desc}), the sort key of the last row shown, as text, and that
 * row's id. A list's query continues strictly after ({@code key}, {@code id}) in its order, so rows
 * inserted or removed meanwhile neither repeat nor skip a row that was already there.
 *
 * <p>Clients see it as an opaque URL-safe text ({@link #encode()}): a version, the three parts and
 * a check of 8 bytes over them. {@link #decode(String)} refuses a text that is not one (cut,
 * changed by hand, or of another version) with an {@link InvalidCommandException} naming {@code
 * cursor}. The check is an integrity check, not a secret: a forged cursor can only move where a
 * page starts, since the list's query still applies the caller's scope and filters.
 */
public record PageCursor(String order, String key, long id) implements Serializable {

  /** The query parameter that carries a cursor; a refusal names it. */
  public static final String PARAMETER = "cursor";

  /** The message key of every refusal. */
  public static final String INVALID = "cursor.invalid";

  private static final byte VERSION = 1;
  private static final int CHECK_BYTES = 8;
  private static final int MAX_TEXT = 2_000;
  private static final byte[] DOMAIN = "institute page cursor".getBytes(StandardCharsets.UTF_8);

  public PageCursor {
    if (order == null || order.isBlank() || key == null) {
      throw new IllegalArgumentException("a cursor names its order and key");
    }
  }

  /** The cursor after a row: its sort key (as text) and its id, in the list's order. */
  public static PageCursor after(ListSort order, String key, long id) {
    return new PageCursor(order.parameter(), key, id);
  }

  /** The cursor asked for, or empty when the parameter is absent or blank. */
  public static Optional<PageCursor> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(decode(text.trim()));
  }

  /** The opaque text a client sends back in {@code ?cursor=}. */
  public String encode() {
    byte[] payload = payload();
    byte[] all = Arrays.copyOf(payload, payload.length + CHECK_BYTES);
    System.arraycopy(check(payload), 0, all, payload.length, CHECK_BYTES);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
  }

  /**
   * The cursor an {@link #encode()} wrote.
   *
   * @throws InvalidCommandException naming {@code cursor} for any other text
   */
  public static PageCursor decode(String text) {
    if (text == null || text.length() > MAX_TEXT) {
      throw invalid();
    }
    byte[] all;
    try {
      all = Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (all.length < 1 + 8 + 4 + 4 + CHECK_BYTES) {
      throw invalid();
    }
    byte[] payload = Arrays.copyOf(all, all.length - CHECK_BYTES);
    byte[] given = Arrays.copyOfRange(all, payload.length, all.length);
    if (!MessageDigest.isEqual(given, check(payload))) {
      throw invalid();
    }
    try {
      ByteBuffer in = ByteBuffer.wrap(payload);
      if (in.get() != VERSION) {
        throw invalid();
      }
      long id = in.getLong();
      String order = text(in);
      String key = text(in);
      if (in.hasRemaining() || order.isBlank()) {
        throw invalid();
      }
      return new PageCursor(order, key, id);
    } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
      throw invalid();
    }
  }

  /**
   * This cursor, if it was written for the list's order.
   *
   * @throws InvalidCommandException naming {@code cursor} when the order differs: a cursor
   *     continues only the list it came from
   */
  public PageCursor requireOrder(ListSort expected) {
    if (!order.equals(expected.parameter())) {
      throw invalid();
    }
    return this;
  }

  /** The refusal of a cursor that cannot be read or does not fit its list. */
  public static InvalidCommandException invalid() {
    return InvalidCommandException.of(PARAMETER, INVALID);
  }

  private byte[] payload() {
    byte[] o = order.getBytes(StandardCharsets.UTF_8);
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(1 + 8 + 4 + o.length + 4 + k.length)
        .put(VERSION)
        .putLong(id)
        .putInt(o.length)
        .put(o)
        .putInt(k.length)
        .put(k)
        .array();
  }

  private static String text(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("length");
    }
    byte[] bytes = new byte[length];
    in.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] check(byte[] payload) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(DOMAIN);
      return Arrays.copyOf(sha.digest(payload), CHECK_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
