package org.institute.reporting;

import java.io.Serializable;
import java.util.List;
import org.institute.core.KpiRecord;

/** A page of the records behind a KPI's actual, with the KPI itself and how many there are. */
public record KpiDrillDown(KpiView kpi, List<KpiRecord> records, long total)
    implements Serializable {
  public KpiDrillDown {
    records = List.copyOf(records);
  }
}
