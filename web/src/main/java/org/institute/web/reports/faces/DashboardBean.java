package org.institute.web.reports.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.institute.core.AccessRefusedException;
import org.institute.core.KpiRecord;
import org.institute.reporting.KpiDashboard;
import org.institute.reporting.KpiDrillDown;
import org.institute.reporting.KpiView;
import org.institute.web.core.faces.LanguageBean;
import org.institute.web.platform.export.TableDownload;
import org.institute.web.platform.faces.Messages;
import org.institute.web.reports.ReportTables;
import org.primefaces.model.StreamedContent;

/**
 * The council's dashboard: a card per KPI; the KPI named by the {@code kpi} request parameter is
 * opened below the cards with its trend by year and the records behind its actual.
 */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

  /** Records shown under an opened KPI; the API pages through all of them. */
  static final int RECORDS_SHOWN = 100;

  /** One bar of the trend chart, in SVG user units. */
  public record Bar(int year, long value, int x, int y, int height) {}

  @Inject private KpiDashboard dashboard;
  @Inject private LanguageBean language;
  @Inject private ReportTables tables;

  private String selectedCode;
  private List<KpiView> kpis;
  private KpiDrillDown drillDown;
  private boolean refused;

  public List<KpiView> getKpis() {
    if (kpis == null) {
      try {
        kpis = dashboard.kpis();
      } catch (AccessRefusedException e) {
        refused = true;
        kpis = List.of();
      }
    }
    return kpis;
  }

  public boolean isRefused() {
    getKpis();
    return refused;
  }

  public KpiDrillDown getDrillDown() {
    if (drillDown == null && selectedCode != null && !isRefused()) {
      drillDown = dashboard.records(selectedCode, 0, RECORDS_SHOWN).orElse(null);
    }
    return drillDown;
  }

  /** The KPIs as CSV or XLSX, as the dashboard shows them now. */
  public StreamedContent export(String format) {
    return TableDownload.of(tables.kpis(), format);
  }

  /** The record's status in the reader's language ("" when it has none). */
  public String statusLabel(KpiRecord record) {
    String key = KpiRecordStatus.key(record);
    return key == null ? "" : Messages.text(key);
  }

  public String label(KpiView kpi) {
    return kpi.label(language.getTag());
  }

  /** The bar's width in percent: progress capped at 100. */
  public int barWidth(KpiView kpi) {
    return kpi.progress() == null ? 0 : Math.min(100, kpi.progress());
  }

  public static final int CHART_HEIGHT = 120;
  public static final int BAR_WIDTH = 40;
  public static final int BAR_GAP = 16;

  /** Bars of the opened KPI's trend, scaled so the highest year fills the chart. */
  public List<Bar> getBars() {
    KpiDrillDown d = getDrillDown();
    if (d == null) {
      return List.of();
    }
    long max = d.kpi().byYear().values().stream().mapToLong(Long::longValue).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    int i = 0;
    for (Map.Entry<Integer, Long> year : d.kpi().byYear().entrySet()) {
      int height = max == 0 ? 0 : (int) Math.round((double) year.getValue() * CHART_HEIGHT / max);
      bars.add(
          new Bar(
              year.getKey(),
              year.getValue(),
              10 + i * (BAR_WIDTH + BAR_GAP),
              20 + CHART_HEIGHT - height,
              height));
      i++;
    }
    return bars;
  }

  public int getChartWidth() {
    return 20 + getBars().size() * (BAR_WIDTH + BAR_GAP);
  }

  public String getSelectedCode() {
    return selectedCode;
  }

  public void setSelectedCode(String selectedCode) {
    this.selectedCode =
        selectedCode == null || !selectedCode.matches("[A-Z0-9_-]{1,40}") ? null : selectedCode;
  }
}
