package org.institute.web.platform.faces;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.institute.core.ListSort;

/**
 * The address of a list page with its search, filters, sort and page (decision 0085): every link
 * that changes one of them is a plain GET of this address with that one changed, so reload, back
 * and a shared link show the same list. Changing anything but the page goes back to the first page.
 */
public final class ListAddress implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The parameter of the page number, from 1. */
  public static final String PAGE = "page";

  private final String path;
  private final LinkedHashMap<String, String> parameters;

  private ListAddress(String path, LinkedHashMap<String, String> parameters) {
    this.path = path;
    this.parameters = parameters;
  }

  /** The list at {@code path} (with the context path), with no parameter. */
  public static ListAddress of(String path) {
    return new ListAddress(path, new LinkedHashMap<>());
  }

  /**
   * The same list with the parameter set (blank or null removes it); the page goes back to the
   * first unless the parameter is the page itself.
   */
  public ListAddress with(String name, String value) {
    LinkedHashMap<String, String> next = new LinkedHashMap<>(parameters);
    if (!PAGE.equals(name)) {
      next.remove(PAGE);
    }
    if (value == null || value.isBlank() || (PAGE.equals(name) && "1".equals(value))) {
      next.remove(name);
    } else {
      next.put(name, value);
    }
    return new ListAddress(path, next);
  }

  /** The page an address names: a number from 1 to 100,000; 1 when absent or not a number. */
  public static int pageNumber(String raw) {
    try {
      return raw == null ? 1 : Math.max(1, Math.min(100_000, Integer.parseInt(raw.trim())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** How many pages {@code total} rows fill, at least one. */
  public static int pages(long total, int rows) {
    return (int) Math.max(1, (total + rows - 1) / rows);
  }

  /** The same list on page {@code page} (from 1). */
  public ListAddress page(int page) {
    return with(PAGE, Integer.toString(Math.max(1, page)));
  }

  /**
   * The same list sorted by {@code field}: the other direction when it is sorted by that field
   * already, ascending otherwise.
   */
  public ListAddress sortedBy(ListSort current, String field) {
    ListSort next =
        current != null && current.field().equals(field)
            ? current.reversed()
            : ListSort.ascending(field);
    return with(ListSort.PARAMETER, next.parameter());
  }

  public Map<String, String> parameters() {
    return Collections.unmodifiableMap(parameters);
  }

  /** The address to put in a link: path, then the parameters in the order they were set. */
  public String href() {
    if (parameters.isEmpty()) {
      return path;
    }
    StringBuilder href = new StringBuilder(path);
    char separator = '?';
    for (Map.Entry<String, String> p : parameters.entrySet()) {
      href.append(separator).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
      separator = '&';
    }
    return href.toString();
  }

  /** The query string alone ("" when none), as {@link ListMemory} keeps it. */
  public String query() {
    String href = href();
    int q = href.indexOf('?');
    return q < 0 ? "" : href.substring(q + 1);
  }

  @Override
  public String toString() {
    return href();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
