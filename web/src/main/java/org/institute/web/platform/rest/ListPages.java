package org.institute.web.platform.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.institute.core.InvalidCommandException;
import org.institute.core.PageCursor;
import org.institute.core.PageRequest;
import org.institute.core.Slice;

/**
 * The one envelope of every list of the API (decision 0095): {@code {"items": [...], "next":
 * "<cursor>" | null}}, and {@code "total"} only when {@code ?count=exact} asks for it. A client
 * pages by sending {@code next} back as {@code ?cursor=}; {@code limit} is 1 to the list's maximum.
 * The parameters are read here, once, and refused with a problem naming the parameter.
 *
 * <p>Old clients that page with {@code ?offset=} keep the shape they had, answered with a {@link
 * #deprecated} response: RFC 9745's {@code Deprecation} header and a {@code Link} with {@code
 * rel="deprecation"} to where the API's lists are described.
 */
public final class ListPages {

  /** The largest page any list answers. */
  public static final int MAX_LIMIT = 200;

  /** The page size when none is asked for. */
  public static final int DEFAULT_LIMIT = 50;

  /** When offsets and the older list shapes were deprecated (2026-12-05), as RFC 9745 writes it. */
  static final String DEPRECATED_SINCE = "@1796428800";

  /** Where the deprecation is explained: the README's section on lists, as deployed. */
  static final String DEPRECATION_LINK_KEY = "institute.api.deprecation-link";

  static final String DEFAULT_DEPRECATION_LINK = "/api-docs.html#lists-cursors-and-deprecations";

  private ListPages() {}

  /** A page of a list: its rows and the cursor of the next page ({@code null} on the last page). */
  @JsonbNillable
  @Schema(name = "ListPage", description = "A page of a list; 'next' is null on the last page")
  public record Page<T>(
      @Schema(required = true) List<T> items,
      @Schema(
              required = true,
              nullable = true,
              description = "Send back as ?cursor= for the next page; opaque")
          String next) {}

  /** A page of a list with every matching row counted, answered to {@code ?count=exact}. */
  @JsonbNillable
  @Schema(name = "CountedListPage", description = "A page of a list and how many rows match")
  public record CountedPage<T>(
      @Schema(required = true) List<T> items,
      @Schema(required = true, nullable = true) String next,
      @Schema(required = true) long total) {}

  /**
   * What the caller asks of a keyset list.
   *
   * @throws InvalidCommandException naming {@code cursor}, {@code limit} or {@code count}
   */
  public static PageRequest request(String cursor, String limit, String count) {
    return request(cursor, limit, count, DEFAULT_LIMIT);
  }

  public static PageRequest request(String cursor, String limit, String count, int fallback) {
    return request(cursor, limit, count, fallback, MAX_LIMIT);
  }

  public static PageRequest request(
      String cursor, String limit, String count, int fallback, int most) {
    PageCursor after = PageCursor.parse(cursor).orElse(null);
    return new PageRequest(after, QueryParams.limit(limit, fallback, most), countExact(count));
  }

  /**
   * Whether the caller pages by position, the deprecated way.
   *
   * @throws InvalidCommandException naming {@code offset} when a cursor is sent with it
   */
  public static boolean byOffset(String offset, String cursor) {
    boolean byOffset = offset != null && !offset.isBlank();
    if (byOffset && cursor != null && !cursor.isBlank()) {
      throw InvalidCommandException.of("offset", "cursor.withOffset");
    }
    return byOffset;
  }

  /** {@code ?count=exact}, or nothing: any other value is refused naming {@code count}. */
  static boolean countExact(String count) {
    if (count == null || count.isBlank()) {
      return false;
    }
    if (count.trim().toLowerCase(Locale.ROOT).equals("exact")) {
      return true;
    }
    throw InvalidCommandException.of("count", "field.notAllowedValue");
  }

  /** The envelope of a keyset page. */
  public static <T> Object envelope(Slice<T> slice) {
    String next = slice.nextCursor().map(PageCursor::encode).orElse(null);
    return slice
        .exactTotal()
        .<Object>map(total -> new CountedPage<>(slice.items(), next, total))
        .orElseGet(() -> new Page<>(slice.items(), next));
  }

  /** 200 with the envelope of a keyset page. */
  public static <T> Response answer(Slice<T> slice) {
    return Response.ok(envelope(slice)).build();
  }

  /**
   * Paging of a list that its module still reads by position: the same envelope and parameters as a
   * keyset list, its cursor carrying where the next page starts (for the same order only). Rows
   * added or removed while a client pages can shift such a list by a row; lists move to keyset in
   * their module's repository one by one (decision 0095) without a change for clients.
   */
  public record Positional(
      int offset, int limit, boolean countExact, boolean deprecated, String sort) {

    /**
     * The envelope of a page, or for a deprecated offset request the old shape of most such lists:
     * the items, the total and where the page starts ({@link Paged}).
     */
    public <T> Response answer(List<T> items, long total) {
      return answer(items, total, () -> new Paged<>(items, total, offset, limit));
    }

    /** The envelope of a page, or the old shape for a deprecated offset request. */
    public <T> Response answer(List<T> items, long total, java.util.function.Supplier<?> old) {
      if (deprecated) {
        return ListPages.deprecated(old.get());
      }
      return Response.ok(envelope(items, total)).build();
    }

    <T> Object envelope(List<T> items, long total) {
      String next =
          offset + items.size() < total && !items.isEmpty()
              ? new PageCursor(ORDER, sort, offset + (long) items.size()).encode()
              : null;
      return countExact ? new CountedPage<>(items, next, total) : new Page<>(items, next);
    }

    /** The order a position cursor names; its key is the list's sort parameter as sent. */
    static final String ORDER = "@position";
  }

  /**
   * What the caller asks of a list read by position: a cursor of this list's order, or the
   * deprecated offset, a limit, and maybe the exact count.
   *
   * @throws InvalidCommandException naming {@code cursor}, {@code offset}, {@code limit} or {@code
   *     count}
   */
  public static Positional positional(
      String cursor, String offset, String limit, String count, String sort, int fallback) {
    return positional(cursor, offset, limit, count, sort, fallback, MAX_LIMIT);
  }

  public static Positional positional(
      String cursor,
      String offset,
      String limit,
      String count,
      String sort,
      int fallback,
      int most) {
    boolean old = byOffset(offset, cursor);
    int max = QueryParams.limit(limit, fallback, most);
    String order = sort == null ? "" : sort.trim();
    if (old) {
      return new Positional(QueryParams.offset(offset), max, false, true, order);
    }
    int start = 0;
    PageCursor after = PageCursor.parse(cursor).orElse(null);
    if (after != null) {
      if (!after.order().equals(Positional.ORDER)
          || !after.key().equals(order)
          || after.id() < 0
          || after.id() > QueryParams.MAX_OFFSET) {
        throw PageCursor.invalid();
      }
      start = (int) after.id();
    }
    return new Positional(start, max, countExact(count), false, order);
  }

  /** 200 with a body in a deprecated shape, saying so in the headers. */
  public static Response deprecated(Object body) {
    return Response.ok(body)
        .header("Deprecation", DEPRECATED_SINCE)
        .header("Link", "<" + deprecationLink() + ">; rel=\"deprecation\"; type=\"text/html\"")
        .build();
  }

  static String deprecationLink() {
    try {
      return ConfigProvider.getConfig(ListPages.class.getClassLoader())
          .getOptionalValue(DEPRECATION_LINK_KEY, String.class)
          .filter(s -> !s.isBlank())
          .orElse(DEFAULT_DEPRECATION_LINK);
    } catch (IllegalStateException e) {
      return DEFAULT_DEPRECATION_LINK;
    }
  }
}
