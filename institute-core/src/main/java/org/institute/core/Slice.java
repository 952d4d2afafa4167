package org.institute.core;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * One page of a list read by keyset (decision 0095): the rows, the cursor of the next page (absent
 * on the last), and how many rows match in all only when the caller asked for that count.
 */
public record Slice<T>(List<T> items, PageCursor next, Long total) implements Serializable {

  public Slice {
    items = List.copyOf(items);
  }

  public Optional<PageCursor> nextCursor() {
    return Optional.ofNullable(next);
  }

  public Optional<Long> exactTotal() {
    return Optional.ofNullable(total);
  }

  /** The same page with each row turned into another (names added, say). */
  public <R> Slice<R> map(java.util.function.Function<? super T, ? extends R> f) {
    return new Slice<>(items.stream().<R>map(f).toList(), next, total);
  }
}
