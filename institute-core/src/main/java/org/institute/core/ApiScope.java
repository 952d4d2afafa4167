package org.institute.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a personal access token may be used for: reading, or reading and writing, one {@link
 * ApiArea}. On the wire a scope is {@code area:read} or {@code area:write} (for example {@code
 * licensing:read}). A token acts as its user: it never gives a right the user lacks, it only
 * narrows them; {@link #permits} is the one rule of scopes against an operation.
 */
public enum ApiScope {
  PARTNERS_READ(ApiArea.PARTNERS, false),
  PARTNERS_WRITE(ApiArea.PARTNERS, true),
  LICENSING_READ(ApiArea.LICENSING, false),
  LICENSING_WRITE(ApiArea.LICENSING, true),
  TALENT_READ(ApiArea.TALENT, false),
  TALENT_WRITE(ApiArea.TALENT, true),
  RECORDS_READ(ApiArea.RECORDS, false),
  RECORDS_WRITE(ApiArea.RECORDS, true),
  REPORTS_READ(ApiArea.REPORTS, false),
  ADMIN_READ(ApiArea.ADMIN, false),
  ADMIN_WRITE(ApiArea.ADMIN, true);

  private final ApiArea area;
  private final boolean write;

  ApiScope(ApiArea area, boolean write) {
    this.area = area;
    this.write = write;
  }

  public ApiArea area() {
    return area;
  }

  public boolean write() {
    return write;
  }

  /** {@code licensing:read}, {@code licensing:write}, ... */
  public String wireName() {
    return area.name().toLowerCase(Locale.ROOT) + (write ? ":write" : ":read");
  }

  /** The scope of a wire name or of a constant's name. */
  public static Optional<ApiScope> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    return Arrays.stream(values())
        .filter(s -> s.wireName().equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t))
        .findFirst();
  }

  /**
   * Whether a token with {@code granted} scopes may take an operation on {@code area} that reads
   * ({@code write} false) or changes something ({@code write} true): a read needs the area's read
   * or write scope, a write its write scope; the caller's own account may be read by every token
   * and changed by none (a password or language is the person's business), and no token manages
   * tokens (a leaked token must not mint a longer-lived one). The user's roles are checked after
   * this, as for any request.
   */
  public static boolean permits(Set<ApiScope> granted, ApiArea area, boolean write) {
    if (area == ApiArea.TOKENS) {
      return false;
    }
    if (area == ApiArea.ACCOUNT) {
      return !write;
    }
    return granted.stream().anyMatch(s -> s.area == area && (s.write || !write));
  }
}
