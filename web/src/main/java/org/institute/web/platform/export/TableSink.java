package org.institute.web.platform.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Where the rows of one or more tables go. A sink holds sheets: a list export writes one, a report
 * one per section. In CSV, sheets follow each other with an empty line between.
 */
public interface TableSink extends Closeable {

  /** Starts a sheet; the name is a title (XLSX shortens and cleans it for a sheet tab). */
  void sheet(String name) throws IOException;

  /** A row of cells, see {@link Column} for the kinds of value. */
  void row(List<?> cells) throws IOException;

  /** Writes whatever is buffered and ends the file (the stream under it stays open). */
  @Override
  void close() throws IOException;
}
