package org.institute.records;

import java.io.Serializable;
import java.util.Set;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;

/**
 * Filters for spin-offs; a null field does not filter. {@code sort} is foundedOn, nameEn or status,
 * '-' in front for descending (default: newest founding first).
 */
public record SpinOffQuery(SpinOffStatus status, PartnerId originPartner, String sort)
    implements Serializable {

  public static final Set<String> SORTABLE = Set.of("foundedOn", "nameEn", "status");

  public SpinOffQuery {
    String key =
        sort == null || sort.isBlank() ? null : sort.startsWith("-") ? sort.substring(1) : sort;
    if (key != null && !SORTABLE.contains(key)) {
      throw InvalidCommandException.of("sort", "sort.unsupported");
    }
  }

  public static SpinOffQuery all() {
    return new SpinOffQuery(null, null, null);
  }
}
