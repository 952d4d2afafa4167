package org.institute.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.institute.reporting.KpiDashboard;
import org.institute.reporting.KpiView;
import org.institute.web.platform.export.Column;
import org.institute.web.platform.export.Table;

/** The reports' lists as exportable tables, for the API and the portal alike. */
@RequestScoped
public class ReportTables {

  @Inject private KpiDashboard dashboard;

  public Table<KpiView> kpis() {
    return Table.of(
        "kpis",
        List.of(
            Column.of("code", KpiView::code),
            Column.of("metric", KpiView::metric),
            Column.of("labelEn", KpiView::labelEn),
            Column.of("labelZh", KpiView::labelZh),
            Column.of("periodFrom", KpiView::periodFrom),
            Column.of("periodTo", KpiView::periodTo),
            Column.of("target", KpiView::target),
            Column.of("actual", KpiView::actual),
            Column.of("progress", KpiView::progress),
            Column.of("forecast", KpiView::forecast),
            Column.of("status", KpiView::status)),
        dashboard.kpis());
  }
}
