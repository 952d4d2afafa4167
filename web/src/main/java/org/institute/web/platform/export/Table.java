package org.institute.web.platform.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.institute.core.PageCursor;
import org.institute.core.PageRequest;
import org.institute.core.Slice;

/**
 * A list to export: a file name, its columns and where its rows come from. The rows are read a page
 * at a time through the same service method that serves the list, so an export has the list's
 * filters, sort and access scope, and a long list never sits in memory whole. The first page is
 * read when the table is made, so a refused or invalid request fails before any byte is sent.
 */
public final class Table<T> {

  /** Rows read per call of the source; the same ceiling as a list page of the API. */
  public static final int PAGE = 200;

  /** Beyond this many rows an export stops: a spreadsheet holds at most 1,048,576. */
  public static final int MAX_ROWS = 1_000_000;

  /** One page of a list read by position. */
  @FunctionalInterface
  public interface PageSource<T> {
    List<T> page(int offset, int limit);
  }

  /** One page of a list read by keyset (decision 0095): the rows after the request's cursor. */
  @FunctionalInterface
  public interface SliceSource<T> {
    Slice<T> page(PageRequest request);
  }

  private final String name;
  private final List<Column<T>> columns;
  private final SliceSource<T> source;
  private final Slice<T> firstPage;

  private Table(String name, List<Column<T>> columns, SliceSource<T> source) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.source = source;
    this.firstPage = source.page(PageRequest.first(PAGE));
  }

  /** A table read page by page, by position, from {@code source}. */
  public static <T> Table<T> paged(String name, List<Column<T>> columns, PageSource<T> source) {
    return new Table<>(name, columns, byPosition(source));
  }

  /**
   * A table read page by page from a keyset list: each page continues after the last row read,
   * without counting the list or skipping the rows already written.
   */
  public static <T> Table<T> sliced(String name, List<Column<T>> columns, SliceSource<T> source) {
    return new Table<>(name, columns, source);
  }

  /** A table of rows already at hand (short lists the API serves whole, such as KPIs). */
  public static <T> Table<T> of(String name, List<Column<T>> columns, List<T> rows) {
    List<T> all = List.copyOf(rows);
    return new Table<>(name, columns, request -> new Slice<>(all, null, null));
  }

  /** A position source as a keyset one: its cursor carries where the next page starts. */
  private static <T> SliceSource<T> byPosition(PageSource<T> source) {
    return request -> {
      long offset = request.after() == null ? 0 : request.after().id();
      List<T> rows = source.page((int) offset, request.limit());
      PageCursor next =
          rows.size() < request.limit() ? null : new PageCursor(POSITION, "", offset + rows.size());
      return new Slice<>(rows, next, null);
    };
  }

  private static final String POSITION = "@export-position";

  /** The base of the file name, without extension. */
  public String name() {
    return name;
  }

  public List<String> headers() {
    return columns.stream().map(Column::header).toList();
  }

  /** Writes the header and every row as one sheet. */
  public void writeTo(TableSink sink) throws IOException {
    sink.sheet(name);
    sink.row(headers());
    Slice<T> page = firstPage;
    int written = 0;
    while (true) {
      for (T item : page.items()) {
        sink.row(cells(item));
      }
      written += page.items().size();
      if (page.nextCursor().isEmpty() || written >= MAX_ROWS) {
        return;
      }
      page = source.page(new PageRequest(page.next(), PAGE, false));
    }
  }

  private List<Object> cells(T item) {
    List<Object> cells = new ArrayList<>(columns.size());
    for (Column<T> column : columns) {
      cells.add(column.value().apply(item));
    }
    return cells;
  }
}
