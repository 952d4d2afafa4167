package org.institute.records;

import java.io.Serializable;
import java.util.Set;
import org.institute.core.InvalidCommandException;

/**
 * Filters for research projects; a null field does not filter. {@code year} matches the start year.
 * {@code sort} is startDate, endDate, titleEn or status, '-' in front for descending.
 */
public record ProjectQuery(Long centreId, ProjectStatus status, Integer year, String sort)
    implements Serializable {

  public static final Set<String> SORTABLE = Set.of("startDate", "endDate", "titleEn", "status");

  public ProjectQuery {
    String key =
        sort == null || sort.isBlank() ? null : sort.startsWith("-") ? sort.substring(1) : sort;
    if (key != null && !SORTABLE.contains(key)) {
      throw InvalidCommandException.of("sort", "sort.unsupported");
    }
    if (year != null && (year < 1990 || year > 2200)) {
      throw InvalidCommandException.of("year", "field.outOfRange");
    }
  }

  public static ProjectQuery all() {
    return new ProjectQuery(null, null, null, null);
  }
}
