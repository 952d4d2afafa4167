package org.institute.reporting.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.institute.core.KpiFigures;
import org.institute.core.PartnerId;
import org.institute.licensing.DealPage;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealRow;
import org.institute.licensing.DealState;
import org.institute.licensing.DealView;
import org.institute.licensing.LicenceDeals;
import org.institute.partners.PartnerDirectory;
import org.institute.reporting.AnnualReports;
import org.institute.reporting.ReportSection;

/**
 * IP licensing in the year: applications filed, licences executed and licence income, for the year
 * and since the institute began, from the figures the licensing module publishes to the dashboard
 * (decision 0040); and the licences signed in the year, from its deal API, each deal's title and
 * licensee's name in both languages, of which the reader's is printed (decision 0086).
 */
@RequestScoped
public class LicensingReportSection implements AnnualReportSection {

  private static final int PAGE = 200;

  private static final Set<DealState> SIGNED =
      EnumSet.of(DealState.EXECUTED, DealState.ACTIVE, DealState.TERMINATED, DealState.EXPIRED);

  @Inject private Instance<KpiFigures> figures;
  @Inject private LicenceDeals deals;
  @Inject private PartnerDirectory partners;

  /** The licensee's name in both scripts, printed in the reader's. */
  private ReportSection.Text licensee(DealView deal) {
    return partners
        .find(new PartnerId(deal.terms().licenseeId()))
        .map(p -> new ReportSection.Text(p.nameEn(), p.nameZh()))
        .orElse(new ReportSection.Text(deal.licenseeName(), null));
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public ReportSection build(int year) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    LocalDate start = LocalDate.of(AnnualReports.FIRST_YEAR, 1, 1);
    List<List<Object>> rows = new ArrayList<>();
    rows.add(
        figure(
            "Patent applications filed", "专利申请", KpiFigures.PATENT_APPLICATIONS, from, to, start));
    rows.add(figure("Licences executed", "已签署许可", KpiFigures.LICENCES_EXECUTED, from, to, start));
    rows.add(
        figure("Licence income (SGD)", "许可收入（新元）", KpiFigures.LICENCE_INCOME_SGD, from, to, start));

    List<List<Object>> signed = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      DealPage page = deals.list(new DealQuery(null, null, null, null, "id"), offset, PAGE);
      for (DealRow row : page.deals()) {
        if (!SIGNED.contains(row.state())) {
          continue;
        }
        DealView deal = deals.find(row.id()).orElse(null);
        if (deal != null && deal.signingDate() != null && deal.signingDate().getYear() == year) {
          signed.add(
              Arrays.asList(
                  new ReportSection.Text(deal.terms().title(), deal.terms().titleZh()),
                  licensee(deal),
                  deal.signingDate(),
                  deal.totalValue(),
                  deal.terms().currency(),
                  deal.state()));
        }
      }
      if (page.deals().size() < PAGE) {
        break;
      }
    }
    return new ReportSection(
        "licensing",
        "IP licensing",
        "知识产权许可",
        List.of(
            new ReportSection.Table(
                "Licensing figures",
                "许可数据",
                List.of(
                    "Figure",
                    "Figure (Chinese)",
                    "In " + year,
                    "Since " + AnnualReports.FIRST_YEAR),
                List.of("指标", "指标（中文）", year + "年", "自" + AnnualReports.FIRST_YEAR + "年累计"),
                rows),
            new ReportSection.Table(
                "Licences signed in " + year,
                year + "年签署的许可",
                List.of("Deal", "Licensee", "Signed", "Value", "Currency", "State"),
                List.of("许可交易", "被许可方", "签署日期", "金额", "币种", "状态"),
                signed)));
  }

  private List<Object> figure(
      String en, String zh, String metric, LocalDate from, LocalDate to, LocalDate start) {
    for (KpiFigures source : figures) {
      if (source.metric().equals(metric)) {
        return Arrays.asList(en, zh, source.actual(from, to), source.actual(start, to));
      }
    }
    return Arrays.asList(en, zh, null, null);
  }
}
