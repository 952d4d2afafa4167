package org.institute.records;

import java.io.Serializable;
import java.util.Set;
import org.institute.core.InvalidCommandException;

/**
 * Filters for publications; a null field does not filter. {@code sort} is year, title or journal,
 * '-' in front for descending.
 */
public record PublicationQuery(Long projectId, Integer year, String sort) implements Serializable {

  public static final Set<String> SORTABLE = Set.of("year", "title", "journal");

  public PublicationQuery {
    String key =
        sort == null || sort.isBlank() ? null : sort.startsWith("-") ? sort.substring(1) : sort;
    if (key != null && !SORTABLE.contains(key)) {
      throw InvalidCommandException.of("sort", "sort.unsupported");
    }
    if (year != null && (year < 1990 || year > 2200)) {
      throw InvalidCommandException.of("year", "field.outOfRange");
    }
  }
}
