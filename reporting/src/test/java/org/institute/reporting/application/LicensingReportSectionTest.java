package org.institute.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.institute.reporting.application.Wired.inject;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.core.KpiFigures;
import org.institute.core.KpiRecord;
import org.institute.core.PartnerId;
import org.institute.licensing.DealPage;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealRow;
import org.institute.licensing.DealState;
import org.institute.licensing.DealTerms;
import org.institute.licensing.DealView;
import org.institute.licensing.DistributionStatement;
import org.institute.licensing.Exclusivity;
import org.institute.licensing.Execution;
import org.institute.licensing.InboxPage;
import org.institute.licensing.LicenceDeals;
import org.institute.licensing.NewPayment;
import org.institute.licensing.PaymentView;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerSummary;
import org.institute.reporting.AnnualReports;
import org.institute.reporting.ReportSection;
import org.junit.jupiter.api.Test;

class LicensingReportSectionTest {

  /** A source whose figure is the number of days in the period asked, so each period shows. */
  private record Days(String metric) implements KpiFigures {
    @Override
    public Figures figures(LocalDate from, LocalDate to) {
      return new Figures(to.toEpochDay() - from.toEpochDay() + 1, Map.of());
    }

    @Override
    public List<KpiRecord> records(LocalDate from, LocalDate to, int first, int max) {
      return List.of();
    }
  }

  /** Deals in a list, listed in pages as the real module lists them. */
  private static final class Deals implements LicenceDeals {
    final List<DealView> all = new ArrayList<>();

    void deal(DealState state, LocalDate signed, String title) {
      deal(state, signed, title, null);
    }

    void deal(DealState state, LocalDate signed, String title, String titleZh) {
      DealTerms terms =
          new DealTerms(
              title,
              titleZh,
              9L,
              List.of(1L),
              "EVs",
              "China",
              Exclusivity.EXCLUSIVE,
              LocalDate.of(2021, 1, 1),
              LocalDate.of(2026, 1, 1),
              "CNY",
              BigDecimal.TEN,
              BigDecimal.ONE,
              BigDecimal.ZERO,
              List.of(),
              null,
              null);
      all.add(
          new DealView(
              all.size() + 1,
              0,
              state,
              terms,
              "Huaxin",
              null,
              List.of(),
              new BigDecimal("5000.00"),
              "ntu.staff",
              null,
              null,
              null,
              1,
              List.of(),
              null,
              null,
              List.of(),
              signed,
              null,
              List.of(),
              Set.of()));
    }

    @Override
    public org.institute.core.Slice<DealRow> slice(
        DealQuery query, org.institute.core.PageRequest page) {
      throw new UnsupportedOperationException("the report reads the deal list by position");
    }

    @Override
    public DealPage list(DealQuery query, int offset, int limit) {
      List<DealRow> rows =
          all.stream()
              .map(
                  d ->
                      new DealRow(
                          d.id(),
                          d.terms().title(),
                          d.terms().titleZh(),
                          d.state(),
                          9,
                          "Huaxin",
                          null,
                          "CNY",
                          d.totalValue(),
                          null,
                          null,
                          0))
              .toList();
      int end = Math.min(rows.size(), offset + limit);
      return new DealPage(rows.subList(Math.min(offset, end), end), rows.size(), offset, limit);
    }

    @Override
    public Optional<DealView> find(long id) {
      return all.stream().filter(d -> d.id() == id).findFirst();
    }

    @Override
    public DealView create(DealTerms terms) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DealView revise(long id, long expectedVersion, DealTerms terms) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<DealState, Long> countByState() {
      throw new UnsupportedOperationException();
    }

    @Override
    public org.institute.licensing.DealPipeline pipeline(DealQuery query, int offset, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public InboxPage inbox(int offset, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public org.institute.core.Slice<org.institute.licensing.InboxRow> inbox(
        org.institute.core.PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DealView submit(long id, String comment) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DealView consent(long id, String comment) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DealView approve(long id, String comment, String councilResolution) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DealView reject(long id, String reason) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DealView requestChanges(long id, String reason) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DealView execute(long id, Execution execution) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DealView terminate(long id, String reason) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PaymentView recordPayment(long dealId, NewPayment payment) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<PaymentView> payments(long dealId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PaymentView voidPayment(long dealId, long paymentId, String reason) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DistributionStatement distribution(long dealId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<SignedAgreement> signedAgreement(long dealId) {
      throw new UnsupportedOperationException();
    }
  }

  private final Deals deals = new Deals();

  private ReportSection build(int year, KpiFigures... sources) {
    LicensingReportSection section = new LicensingReportSection();
    inject(section, "figures", Wired.Beans.of(sources));
    inject(section, "deals", deals);
    inject(section, "partners", partners());
    return section.build(year);
  }

  /** The directory knows the licensee #9, Huaxin, by both its names; no other partner. */
  private static PartnerDirectory partners() {
    PartnerSummary huaxin =
        new PartnerSummary(
            new PartnerId(9),
            "HUAXIN",
            "Huaxin Biotech",
            "华信生物",
            PartnerKind.PRIVATE_COMPANY,
            "CN",
            "Guangzhou",
            Set.of(),
            true);
    return (PartnerDirectory)
        Proxy.newProxyInstance(
            LicensingReportSectionTest.class.getClassLoader(),
            new Class<?>[] {PartnerDirectory.class},
            (proxy, method, args) -> {
              if (method.getName().equals("find")) {
                return Optional.of(huaxin).filter(p -> p.id().equals(args[0]));
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static ReportSection.Table table(ReportSection section, int index) {
    return (ReportSection.Table) section.blocks().get(index);
  }

  @Test
  void eachFigureIsForTheYearAndSinceTheInstituteBegan() {
    ReportSection section =
        build(
            2016,
            new Days(KpiFigures.PATENT_APPLICATIONS),
            new Days(KpiFigures.LICENCE_INCOME_SGD));

    assertThat(AnnualReports.FIRST_YEAR).isEqualTo(2015);
    assertThat(table(section, 0).rows())
        .containsExactly(
            List.of("Patent applications filed", "专利申请", 366L, 731L),
            java.util.Arrays.asList("Licences executed", "已签署许可", null, null),
            List.of("Licence income (SGD)", "许可收入（新元）", 366L, 731L));
    assertThat(table(section, 0).headersEn())
        .containsExactly("Figure", "Figure (Chinese)", "In 2016", "Since 2015");
  }

  @Test
  void theLicencesSignedInTheYearAreThoseOfASignedStateWithASigningDateInIt() {
    deals.deal(DealState.EXECUTED, LocalDate.of(2022, 1, 1), "Executed");
    deals.deal(DealState.ACTIVE, LocalDate.of(2022, 12, 31), "Active");
    deals.deal(DealState.TERMINATED, LocalDate.of(2022, 6, 1), "Terminated");
    deals.deal(DealState.EXPIRED, LocalDate.of(2022, 6, 1), "Expired");
    deals.deal(DealState.EXECUTED, LocalDate.of(2021, 12, 31), "Last year");
    deals.deal(DealState.EXECUTED, null, "Undated");
    deals.deal(DealState.APPROVED, LocalDate.of(2022, 6, 1), "Approved only");

    List<List<Object>> signed = table(build(2022), 1).rows();

    assertThat(signed)
        .extracting(row -> ((ReportSection.Text) row.get(0)).en())
        .containsExactly("Executed", "Active", "Terminated", "Expired");
    assertThat(signed.get(0))
        .containsExactly(
            new ReportSection.Text("Executed", null),
            new ReportSection.Text("Huaxin Biotech", "华信生物"),
            LocalDate.of(2022, 1, 1),
            new BigDecimal("5000.00"),
            "CNY",
            DealState.EXECUTED);
  }

  @Test
  void aSignedDealCarriesItsTitleAndItsLicenseesNameInBothScripts() {
    deals.deal(DealState.EXECUTED, LocalDate.of(2022, 3, 1), "Biosensor licence", "生物传感器许可");

    List<Object> row = table(build(2022), 1).rows().get(0);

    assertThat(row.get(0)).isEqualTo(new ReportSection.Text("Biosensor licence", "生物传感器许可"));
    assertThat(row.get(1)).isEqualTo(new ReportSection.Text("Huaxin Biotech", "华信生物"));
  }

  @Test
  void dealsOnEveryPageAreRead() {
    for (int i = 0; i < 200; i++) {
      deals.deal(DealState.DRAFT, null, "Draft " + i);
    }
    deals.deal(DealState.EXECUTED, LocalDate.of(2022, 5, 5), "On the second page");

    assertThat(table(build(2022), 1).rows())
        .extracting(row -> row.get(0))
        .containsExactly(new ReportSection.Text("On the second page", null));
  }
}
