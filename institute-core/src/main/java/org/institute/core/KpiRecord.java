package org.institute.core;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One record behind a KPI figure: its type (e.g. {@code project}), id, a label to show, the date it
 * counts by, what it adds to the figure, a short detail line, and its status as the module's code
 * ({@code ACTIVE}, {@code FILED}; null when the type has none), which the portal shows as a label
 * in the reader's language, never as the code.
 */
public record KpiRecord(
    String type,
    long id,
    String label,
    LocalDate date,
    long contributes,
    String detail,
    String status)
    implements Serializable {

  /** A record whose type has no status. */
  public KpiRecord(
      String type, long id, String label, LocalDate date, long contributes, String detail) {
    this(type, id, label, date, contributes, detail, null);
  }

  /**
   * Every type a module may give its records: the portal names each in both languages ({@code
   * record.type.<type>}), and a test checks that it does.
   */
  public static final List<String> TYPES =
      List.of(
          "project",
          "publication",
          "certificate",
          "placement",
          "patent-application",
          "licence-deal",
          "payment");

  public KpiRecord {
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("not a KPI record type: " + type);
    }
  }
}
