package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;
import org.institute.core.ListSort;
import org.institute.core.SearchText;

/**
 * Filters of the deal list; every one optional. {@code updatedFrom}/{@code updatedTo} bound the
 * date of the last change, inclusive. {@code sort} is one of {@link #SORTS}, optionally prefixed
 * with '-' for descending, or followed by ",asc" or ",desc" ({@link ListSort}). {@code text}
 * searches titles, deal numbers and the names and codes of licensees and licensors.
 */
public record DealQuery(
    DealState state,
    Long partnerId,
    LocalDate updatedFrom,
    LocalDate updatedTo,
    String sort,
    String text)
    implements Serializable {

  /** Newest change first, the pipeline's order when none is chosen. */
  public static final ListSort DEFAULT_SORT = ListSort.descending("updatedAt");

  public DealQuery(
      DealState state, Long partnerId, LocalDate updatedFrom, LocalDate updatedTo, String sort) {
    this(state, partnerId, updatedFrom, updatedTo, sort, null);
  }

  /**
   * The order asked for, or {@link #DEFAULT_SORT}.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code sort} for another field
   */
  public ListSort order() {
    return ListSort.parse(sort, SORTS, DEFAULT_SORT);
  }

  /**
   * The search asked for, if any.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code q} when too long
   */
  public java.util.Optional<SearchText> search() {
    return SearchText.of(text);
  }

  public static final java.util.List<String> SORTS =
      java.util.List.of("updatedAt", "title", "state", "totalValue", "id");

  public static DealQuery all() {
    return new DealQuery(null, null, null, null, null, null);
  }
}
