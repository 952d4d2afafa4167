package org.institute.web.platform.faces;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.institute.core.InvalidCommandException;
import org.institute.core.ListSort;
import org.institute.core.SearchText;

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

  /**
   * What a list page reads from its address, in one place for every list: the search ({@code q}),
   * the sort ({@code sort}, one of the list's fields) and the page ({@code page}) as view
   * parameters, and the filters the page adds. Its bean keeps one, binds the view parameters to it
   * ({@code #{bean.list.q}}), calls {@link #open()} from a view action, passes {@link
   * #getSearch()}, {@link #getSort()} and {@link #first(int)} to its module, and builds every link
   * from it ({@link #sortHref}, {@link #pageHref}, {@link #getClearHref}).
   */
  public static final class Parameters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String viewId;
    private final List<String> sorts;
    private final ListSort defaultSort;
    private final LinkedHashMap<String, String> filters = new LinkedHashMap<>();

    private String q;
    private String sortParameter;
    private String pageParameter;
    private ListSort sort;
    private int page = 1;
    private String contextPath;

    /**
     * @param viewId the list page, e.g. {@code /app/licensing/deals.xhtml}
     * @param sorts the fields the list's module sorts by
     * @param defaultSort the order without a {@code sort} parameter
     */
    public Parameters(String viewId, Collection<String> sorts, ListSort defaultSort) {
      this.viewId = viewId;
      this.sorts = List.copyOf(sorts);
      this.defaultSort = defaultSort;
      this.sort = defaultSort;
    }

    /**
     * Reads the view parameters and shows at the top of the page what it refused (an unknown sort,
     * an overlong search); the list opens without what was refused. An unknown page is page 1.
     */
    public void open() {
      for (InvalidCommandException refused : read()) {
        Messages.show(null, refused);
      }
    }

    /** {@link #open()} without the page: the refusals, none when the address is sound. */
    public List<InvalidCommandException> read() {
      List<InvalidCommandException> refused = new ArrayList<>();
      page = pageNumber(pageParameter);
      try {
        sort = ListSort.parse(sortParameter, sorts, defaultSort);
      } catch (InvalidCommandException e) {
        refused.add(e);
        sortParameter = null;
        sort = defaultSort;
      }
      try {
        SearchText.of(q);
      } catch (InvalidCommandException e) {
        refused.add(e);
        q = null;
      }
      return refused;
    }

    /** Sets a filter the page reads itself (blank or null: none), kept in every link. */
    public void filter(String name, String value) {
      if (value == null || value.isBlank()) {
        filters.remove(name);
      } else {
        filters.put(name, value);
      }
    }

    /**
     * Whether the page asked for lies past the end of {@code total} rows; if so the page becomes
     * the last one, and the caller loads the rows again.
     */
    public boolean pastTheEnd(int shown, long total, int rows) {
      if (shown == 0 && page > 1 && total > 0) {
        page = pages(total, rows);
        return true;
      }
      return false;
    }

    /** The first row of the page, for {@code offset}. */
    public int first(int rows) {
      return (page - 1) * rows;
    }

    /** The list as shown: search, filters, sort (unless the default) and page. */
    public ListAddress address() {
      if (contextPath == null) {
        contextPath =
            FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
      }
      return address(contextPath);
    }

    /** The context path to put before the page's (read from the request when not set). */
    Parameters contextPath(String context) {
      this.contextPath = context;
      return this;
    }

    ListAddress address(String context) {
      ListAddress a = ListAddress.of(context + viewId).with(SearchText.PARAMETER, q);
      for (Map.Entry<String, String> f : filters.entrySet()) {
        a = a.with(f.getKey(), f.getValue());
      }
      if (!sort.equals(defaultSort)) {
        a = a.with(ListSort.PARAMETER, sort.parameter());
      }
      return a.page(page);
    }

    /** The list sorted by the column: ascending first, the other way on a second click. */
    public String sortHref(String field) {
      return address().sortedBy(sort, field).href();
    }

    /** "asc", "desc", or "" when the list is not sorted by the column. */
    public String sortedBy(String field) {
      return sort.field().equals(field) ? sort.direction() : "";
    }

    public String pageHref(int number) {
      return address().page(number).href();
    }

    /** The list with one filter changed (blank or null: without it), from its first page. */
    public String filterHref(String name, String value) {
      return address().with(name, value).href();
    }

    /** The list without its search, in the same order. */
    public String getClearHref() {
      return address().with(SearchText.PARAMETER, null).href();
    }

    /** The sort as the search form keeps it ("" for the default). */
    public String getSortKept() {
      return sort.equals(defaultSort) ? "" : sort.parameter();
    }

    /** The sort as the module takes it ({@code title,asc}). */
    public String getSortText() {
      return sort.parameter();
    }

    public ListSort getSort() {
      return sort;
    }

    /** The search as typed, or null; the module reads it through {@link SearchText}. */
    public String getSearch() {
      return q == null || q.isBlank() ? null : q;
    }

    public int getPage() {
      return page;
    }

    public String getQ() {
      return q;
    }

    public void setQ(String q) {
      this.q = q;
    }

    public String getSortParameter() {
      return sortParameter;
    }

    public void setSortParameter(String sortParameter) {
      this.sortParameter = sortParameter;
    }

    public String getPageParameter() {
      return pageParameter;
    }

    public void setPageParameter(String pageParameter) {
      this.pageParameter = pageParameter;
    }
  }
}
