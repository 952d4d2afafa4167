package org.institute.web.platform.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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

  /** One page of a list. */
  @FunctionalInterface
  public interface PageSource<T> {
    List<T> page(int offset, int limit);
  }

  private final String name;
  private final List<Column<T>> columns;
  private final PageSource<T> source;
  private final List<T> firstPage;

  private Table(String name, List<Column<T>> columns, PageSource<T> source, List<T> firstPage) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.source = source;
    this.firstPage = firstPage;
  }

  /** A table read page by page from {@code source}. */
  public static <T> Table<T> paged(String name, List<Column<T>> columns, PageSource<T> source) {
    return new Table<>(name, columns, source, List.copyOf(source.page(0, PAGE)));
  }

  /** A table of rows already at hand (short lists the API serves whole, such as KPIs). */
  public static <T> Table<T> of(String name, List<Column<T>> columns, List<T> rows) {
    return new Table<>(name, columns, null, List.copyOf(rows));
  }

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
    List<T> page = firstPage;
    int offset = 0;
    while (true) {
      for (T item : page) {
        sink.row(cells(item));
      }
      offset += page.size();
      if (source == null || page.size() < PAGE || offset >= MAX_ROWS) {
        return;
      }
      page = source.page(offset, PAGE);
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
