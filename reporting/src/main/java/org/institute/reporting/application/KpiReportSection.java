package org.institute.reporting.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.institute.reporting.KpiDashboard;
import org.institute.reporting.KpiView;
import org.institute.reporting.ReportSection;

/**
 * Targets against actuals, as the dashboard shows them when the report is generated (the same
 * figures as {@code GET /api/v1/kpis}), and a bar per KPI of its actual against its target.
 */
@RequestScoped
public class KpiReportSection implements AnnualReportSection {

  @Inject private KpiDashboard dashboard;

  @Override
  public int order() {
    return 10;
  }

  @Override
  public ReportSection build(int year) {
    List<KpiView> kpis = dashboard.kpis();
    List<List<Object>> rows = new ArrayList<>();
    List<ReportSection.Bar> bars = new ArrayList<>();
    for (KpiView k : kpis) {
      rows.add(
          Arrays.asList(
              k.code(),
              k.labelEn(),
              k.labelZh(),
              period(k),
              k.target(),
              k.actual(),
              k.progress() == null ? null : k.progress() + "%",
              k.forecast(),
              k.status()));
      if (k.actual() != null) {
        bars.add(
            new ReportSection.Bar(
                new ReportSection.Text(k.labelEn(), k.labelZh()),
                k.actual(),
                k.target(),
                ReportNumbers.text(k.actual())
                    + " / "
                    + ReportNumbers.text(k.target())
                    + " ("
                    + k.progress()
                    + "%)"));
      }
    }
    return new ReportSection(
        "kpis",
        "Key performance indicators: targets against actuals",
        "关键绩效指标：目标与实际",
        List.of(
            new ReportSection.Note(
                "Actuals are computed from the records when the report is generated.",
                "实际数值在生成报告时根据记录计算。"),
            new ReportSection.Table(
                "KPIs",
                "关键绩效指标",
                List.of(
                    "Code",
                    "KPI",
                    "KPI (Chinese)",
                    "Period",
                    "Target",
                    "Actual",
                    "Progress",
                    "Forecast",
                    "Status"),
                List.of("代码", "指标", "指标（中文）", "期间", "目标", "实际", "进度", "预测", "状态"),
                rows),
            new ReportSection.Chart("Progress against targets", "目标完成进度", bars)));
  }

  private static String period(KpiView k) {
    boolean wholeYears =
        k.periodFrom().getDayOfYear() == 1
            && k.periodTo().getMonthValue() == 12
            && k.periodTo().getDayOfMonth() == 31;
    return wholeYears
        ? k.periodFrom().getYear() + "–" + k.periodTo().getYear()
        : k.periodFrom() + " – " + k.periodTo();
  }
}
