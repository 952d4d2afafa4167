package org.institute.licensing;

import java.io.Serializable;
import java.util.List;

/**
 * The dry run of an uploaded royalty report template (docs/decisions/0101): every row of the file
 * with the line it reads as, or its problems (field and message key, such as {@code
 * grossSales:field.number}); nothing is filed. {@code refused} names a problem of the whole file
 * (no header, an unknown column, too many rows), when there is one.
 */
public record UploadPreview(List<Row> rows, String refused) implements Serializable {

  public UploadPreview {
    rows = List.copyOf(rows);
  }

  /** The lines of the rows that passed, in the file's order. */
  public List<NewRoyaltyReport.SalesLine> accepted() {
    return rows.stream().filter(Row::accepted).map(Row::line).toList();
  }

  /** The rows refused. */
  public List<Row> refusedRows() {
    return rows.stream().filter(r -> !r.accepted()).toList();
  }

  /**
   * One row of the file by its number (the header is row 1), what it reads as when it passed, and
   * its problems when it did not.
   */
  public record Row(int row, NewRoyaltyReport.SalesLine line, List<String> problems)
      implements Serializable {
    public Row {
      problems = List.copyOf(problems);
    }

    public boolean accepted() {
      return problems.isEmpty();
    }
  }
}
