package org.institute.partners;

import java.io.Serializable;
import java.util.Set;
import org.institute.core.InvalidCommandException;

/**
 * Filters for the partner directory; a null field does not filter. {@code text} matches code and
 * both names. {@code sort} is code, nameEn, kind, country or city, '-' in front for descending.
 */
public record PartnerQuery(
    String text, PartnerKind kind, PartnerRole role, Boolean active, String sort)
    implements Serializable {

  public static final Set<String> SORTABLE = Set.of("code", "nameEn", "kind", "country", "city");

  public PartnerQuery {
    String key =
        sort == null || sort.isBlank() ? null : sort.startsWith("-") ? sort.substring(1) : sort;
    if (key != null && !SORTABLE.contains(key)) {
      throw InvalidCommandException.of("sort", "sort.unsupported");
    }
    if (text != null && text.length() > 200) {
      throw InvalidCommandException.of("q", "field.tooLong");
    }
  }

  public static PartnerQuery all() {
    return new PartnerQuery(null, null, null, null, null);
  }
}
