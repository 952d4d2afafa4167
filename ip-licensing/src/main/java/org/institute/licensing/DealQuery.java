package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the deal list; every one optional. {@code updatedFrom}/{@code updatedTo} bound the
 * date of the last change, inclusive. {@code sort} is one of {@link #SORTS}, optionally prefixed
 * with '-' for descending.
 */
public record DealQuery(
    DealState state, Long partnerId, LocalDate updatedFrom, LocalDate updatedTo, String sort)
    implements Serializable {

  public static final java.util.List<String> SORTS =
      java.util.List.of("updatedAt", "title", "state", "totalValue", "id");

  public static DealQuery all() {
    return new DealQuery(null, null, null, null, null);
  }
}
