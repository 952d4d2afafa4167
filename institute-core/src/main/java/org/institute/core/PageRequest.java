package org.institute.core;

import java.io.Serializable;

/**
 * What a caller asks of a list read by keyset (decision 0095): continue after a cursor (none for
 * the first page), at most {@code limit} rows, and whether to count every matching row as well (an
 * extra query, so only when asked for).
 */
public record PageRequest(PageCursor after, int limit, boolean countExact) implements Serializable {

  public PageRequest {
    if (limit < 1) {
      throw new IllegalArgumentException("a page holds at least one row");
    }
  }

  public static PageRequest first(int limit) {
    return new PageRequest(null, limit, false);
  }
}
