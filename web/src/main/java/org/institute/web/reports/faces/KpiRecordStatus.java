package org.institute.web.reports.faces;

import java.util.Map;
import org.institute.core.KpiRecord;

/**
 * The one place a KPI record's status code becomes the key of its label in the bundles, by the
 * record's type, with the same keys the record's own pages use ({@code projectStatus.ACTIVE},
 * {@code lic.appstatus.FILED}, {@code lic.state.EXECUTED}): a drill-down shows "进行中", never {@code
 * ACTIVE}.
 */
public final class KpiRecordStatus {
  private KpiRecordStatus() {}

  /** The bundle key prefix of each record type that has a status. */
  static final Map<String, String> PREFIXES =
      Map.of(
          "project", "projectStatus.",
          "patent-application", "lic.appstatus.",
          "licence-deal", "lic.state.");

  /** The key of the record's status label; null when it has no status or its type has none. */
  public static String key(KpiRecord record) {
    String prefix = PREFIXES.get(record.type());
    return prefix == null || record.status() == null ? null : prefix + record.status();
  }
}
