package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.application.LicensingFixture.admin;
import static org.institute.licensing.application.LicensingFixture.coordinator;
import static org.institute.licensing.application.LicensingFixture.licenseeOf;
import static org.institute.licensing.application.LicensingFixture.problems;
import static org.institute.licensing.application.LicensingFixture.staffOf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.ApprovalNeeds;
import org.institute.licensing.DealTerms;
import org.institute.licensing.LicenseeDeal;
import org.institute.licensing.LicensingAction;
import org.institute.licensing.NewPayment;
import org.institute.licensing.NewRoyaltyReport;
import org.institute.licensing.NewRoyaltyReport.SalesLine;
import org.institute.licensing.ObligationKind;
import org.institute.licensing.PaymentPurpose;
import org.institute.licensing.RoyaltyReportAction;
import org.institute.licensing.RoyaltyReportView;
import org.institute.licensing.RoyaltyTier;
import org.institute.licensing.Share;
import org.institute.licensing.domain.Deals;
import org.institute.licensing.domain.LicenceDeal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Royalty reports through {@link RoyaltyReportService}: a deal licensed by NTU to Huaxin ({@link
 * Deals#LICENSEE}), signed 2020-06-02, term 2021-2025, CNY, 5 % to CNY 1,000,000 of a licence
 * year's net sales and 3 % above, annual minimum CNY 60,000; read on 2022-02-01.
 */
class RoyaltyReportServiceTest {

  private static final long KANGDA = 12;
  private static final Caller HUAXIN = licenseeOf("huaxin.licensee", Deals.LICENSEE);
  private static final Caller KANGDA_STAFF = licenseeOf("kangda.licensee", KANGDA);

  private LicensingFixture fixture;
  private long dealId;

  @BeforeEach
  void signedDeal() {
    fixture = new LicensingFixture(Instant.parse("2022-02-01T02:00:00Z"));
    DealTerms terms =
        Deals.assayTerms(
            LocalDate.of(2021, 1, 1),
            "5",
            "60000",
            List.of(new RoyaltyTier(new BigDecimal("1000000"), new BigDecimal("3"))),
            null);
    LicenceDeal deal = LicenceDeal.draft(Deals.NTU_STAFF, terms, Set.of(Deals.NTU), Deals.NOW);
    deal.submit(Deals.NTU_STAFF, ApprovalNeeds.admins(1), Deals.SUBMITTED_ON, Deals.NOW, null);
    deal.approve(Deals.ADMIN, Deals.NOW, null, null);
    deal.execute(Deals.NTU_STAFF, Deals.SIGNED_ON, 77L, Deals.SIGNED_ON, Deals.NOW, null);
    dealId = fixture.deals.add(deal).id();
  }

  private static NewRoyaltyReport report(String periodStart, String gross, Integer amends) {
    return new NewRoyaltyReport(
        LocalDate.parse(periodStart),
        "CNY",
        List.of(
            new SalesLine(
                "Assay kit", "Guangdong", 1200L, new BigDecimal(gross), new BigDecimal("0")),
            new SalesLine("Assay kit", "Hong Kong", 0L, new BigDecimal("0"), null)),
        null,
        amends);
  }

  @Test
  void theLicenseeFilesAQuarterAndTheRoyaltyFollowsTheTerms() {
    RoyaltyReportView view =
        fixture.royaltyReports(HUAXIN).file(dealId, report("2021-01-01", "200000", null));

    assertThat(view.licenceYear()).isEqualTo(1);
    assertThat(view.quarter()).isEqualTo(1);
    assertThat(view.current().netSales()).isEqualByComparingTo("200000");
    assertThat(view.current().due()).isEqualByComparingTo("10000.00");
    assertThat(view.current().filedBy()).isEqualTo("huaxin.licensee");
    assertThat(view.allowedActions()).containsExactly(RoyaltyReportAction.AMEND);
    assertThat(fixture.audit.entries)
        .singleElement()
        .asString()
        .startsWith("ROYALTY_REPORT_FILED RoyaltyReport " + view.id())
        .contains("due CNY 10,000.00");
  }

  @Test
  void laterQuartersTierOnTheYearsCumulativeSalesAndTheLastTruesUpTheMinimum() {
    RoyaltyReportService service = fixture.royaltyReports(HUAXIN);
    service.file(dealId, report("2021-01-01", "900000", null)); // 45,000.00
    RoyaltyReportView q2 = service.file(dealId, report("2021-04-01", "200000", null));
    service.file(dealId, report("2021-07-01", "0", null));
    RoyaltyReportView q4 = service.file(dealId, report("2021-10-01", "100000", null));

    // Q2: 100,000 at 5 % and 100,000 at 3 %
    assertThat(q2.current().tiers()).hasSize(2);
    assertThat(q2.current().due()).isEqualByComparingTo("8000.00");
    // Q4: 100,000 at 3 % = 3,000; the year owes 56,000 of the 60,000 minimum: true-up 4,000
    assertThat(q4.closesYear()).isTrue();
    assertThat(q4.current().royalty()).isEqualByComparingTo("3000.00");
    assertThat(q4.current().trueUp()).isEqualByComparingTo("4000.00");
    assertThat(q4.current().due()).isEqualByComparingTo("7000.00");
  }

  @Test
  void aCorrectionIsANewVersionWithTheChangeAndTheHistoryKept() {
    RoyaltyReportService service = fixture.royaltyReports(HUAXIN);
    RoyaltyReportView first = service.file(dealId, report("2021-01-01", "200000", null));

    RoyaltyReportView amended = service.file(dealId, report("2021-01-01", "150000", 1));

    assertThat(amended.id()).isEqualTo(first.id());
    assertThat(amended.versions()).hasSize(2);
    assertThat(amended.versions().get(0).due()).isEqualByComparingTo("10000.00");
    assertThat(amended.current().due()).isEqualByComparingTo("7500.00");
    assertThat(amended.current().change()).isEqualByComparingTo("-2500.00");
    assertThat(fixture.reports.versionBumps).isEqualTo(1);
    assertThat(fixture.audit.entries.get(1)).startsWith("ROYALTY_REPORT_AMENDED");
  }

  @Test
  void aFilingAndItsCorrectionAreAnnouncedWithTheirVersionAndAmounts() {
    RoyaltyReportService service = fixture.royaltyReports(HUAXIN);
    RoyaltyReportView first = service.file(dealId, report("2021-01-01", "200000", null));
    service.file(dealId, report("2021-01-01", "150000", 1));

    assertThat(fixture.reportsFiled.events).hasSize(2);
    org.institute.licensing.RoyaltyReportFiled filed = fixture.reportsFiled.events.get(0);
    assertThat(filed.reportId()).isEqualTo(first.id());
    assertThat(filed.dealId()).isEqualTo(dealId);
    assertThat(filed.licenceYear()).isEqualTo(1);
    assertThat(filed.quarter()).isEqualTo(1);
    assertThat(filed.version()).isEqualTo(1);
    assertThat(filed.netSales()).isEqualByComparingTo("200000");
    assertThat(filed.due()).isEqualByComparingTo("10000.00");
    assertThat(fixture.reportsFiled.events.get(1).version()).isEqualTo(2);
    assertThat(fixture.reportsFiled.events.get(1).due()).isEqualByComparingTo("7500.00");
  }

  @Test
  void refusedFilingsAnnounceNothing() {
    RoyaltyReportService service = fixture.royaltyReports(HUAXIN);
    assertThatThrownBy(() -> service.file(dealId, report("2021-04-01", "1", 1)))
        .isInstanceOf(InvalidCommandException.class);
    assertThat(fixture.reportsFiled.events).isEmpty();
  }

  @Test
  void aSecondFirstFilingOrAStaleCorrectionIsRefused() {
    RoyaltyReportService service = fixture.royaltyReports(HUAXIN);
    service.file(dealId, report("2021-01-01", "200000", null));
    service.file(dealId, report("2021-01-01", "190000", 1));

    assertThat(problems(() -> service.file(dealId, report("2021-01-01", "1", null))))
        .containsExactly("amendsVersion:licensing.royaltyReport.exists");
    assertThat(problems(() -> service.file(dealId, report("2021-04-01", "1", 1))))
        .containsExactly("amendsVersion:licensing.royaltyReport.nothingToAmend");
    assertThatThrownBy(() -> service.file(dealId, report("2021-01-01", "1", 1)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void anotherLicenseeFindsNeitherTheDealNorItsReports() {
    RoyaltyReportView filed =
        fixture.royaltyReports(HUAXIN).file(dealId, report("2021-01-01", "200000", null));
    RoyaltyReportService kangda = fixture.royaltyReports(KANGDA_STAFF);

    assertThatThrownBy(() -> kangda.report(filed.id())).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> kangda.reports(dealId)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> kangda.licenseeDeal(dealId))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> kangda.file(dealId, report("2021-04-01", "1", null)))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(kangda.licenseeDeals()).isEmpty();
  }

  @Test
  void theLicenseeSeesItsSignedDealWithPeriodsAndNothingOfTheReview() {
    fixture.royaltyReports(HUAXIN).file(dealId, report("2021-01-01", "200000", null));

    List<LicenseeDeal> deals = fixture.royaltyReports(HUAXIN).licenseeDeals();

    assertThat(deals)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.licenseeName()).isEqualTo("Huaxin");
              assertThat(d.terms().royaltyTiers()).hasSize(1);
              assertThat(d.mayFile()).isTrue();
              // 2021's four quarters and 2022's first, begun on 2022-01-01
              assertThat(d.periods()).hasSize(5);
              assertThat(d.periods().get(0).reportVersion()).isEqualTo(1);
              assertThat(d.periods().get(0).due()).isEqualByComparingTo("10000.00");
              assertThat(d.periods().get(4).ended()).isFalse();
            });
  }

  @Test
  void licensorStaffReadTheReportsButDoNotFileThem() {
    RoyaltyReportView filed =
        fixture.royaltyReports(HUAXIN).file(dealId, report("2021-01-01", "200000", null));
    RoyaltyReportService ntu = fixture.royaltyReports(staffOf(Deals.NTU));

    assertThat(ntu.report(filed.id()).allowedActions()).isEmpty();
    assertThat(ntu.reports(dealId)).hasSize(1);
    assertThatThrownBy(() -> ntu.file(dealId, report("2021-04-01", "1", null)))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> fixture.royaltyReports(staffOf(Deals.SCUT)).report(filed.id()))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void adminsMayFileForTheLicenseeAndCoordinatorsReadNothing() {
    RoyaltyReportView filed =
        fixture.royaltyReports(admin()).file(dealId, report("2021-01-01", "1000", null));

    assertThat(filed.current().filedBy()).isEqualTo("admin");
    assertThatThrownBy(() -> fixture.royaltyReports(coordinator()).reports(dealId))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> fixture.royaltyReports(admin()).licenseeDeals())
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void aDealNotYetSignedIsHiddenFromItsLicensee() {
    LicenceDeal draft = Deals.ntuOnlyDraft();
    long draftId = fixture.deals.add(draft).id();

    assertThatThrownBy(() -> fixture.royaltyReports(HUAXIN).licenseeDeal(draftId))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(fixture.royaltyReports(HUAXIN).licenseeDeals()).hasSize(1);
  }

  @Test
  void theLicenseeReadsOneSignedDealWithItsDutiesAndThePaymentsReceived() {
    fixture.families.register(
        11, LocalDate.of(2019, 1, 1), new Share(Deals.NTU, new BigDecimal("100")));
    fixture.obligationService(admin()).deriveFor(fixture.deals.find(dealId).orElseThrow());
    fixture
        .payments(admin())
        .recordPayment(
            dealId,
            new NewPayment(
                LocalDate.of(2020, 7, 1),
                new BigDecimal("100000"),
                "CNY",
                PaymentPurpose.UPFRONT_FEE,
                null,
                null));

    LicenseeDeal deal = fixture.royaltyReports(HUAXIN).licenseeDeal(dealId);

    assertThat(deal.id()).isEqualTo(dealId);
    assertThat(deal.signingDate()).isEqualTo(Deals.SIGNED_ON);
    assertThat(deal.periods()).hasSize(5);
    assertThat(deal.obligations())
        .isNotEmpty()
        .allSatisfy(o -> assertThat(o.kind()).isEqualTo(ObligationKind.ROYALTY_REPORT));
    assertThat(deal.obligations().get(0).periodStart()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(deal.obligations().get(0).due()).isEqualTo(LocalDate.of(2022, 3, 1));
    assertThat(deal.payments())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.receivedOn()).isEqualTo(LocalDate.of(2020, 7, 1));
              assertThat(p.amount()).isEqualByComparingTo("100000");
              assertThat(p.currency()).isEqualTo("CNY");
              assertThat(p.purpose()).isEqualTo(PaymentPurpose.UPFRONT_FEE);
              assertThat(p.voided()).isFalse();
            });
  }

  @Test
  void aDealNotYetSignedIsNoLicenceEvenToLicensorStaffWhoReadIt() {
    long draftId = fixture.deals.add(Deals.ntuOnlyDraft()).id();
    RoyaltyReportService ntu = fixture.royaltyReports(staffOf(Deals.NTU));

    assertThatThrownBy(() -> ntu.licenseeDeal(draftId))
        .isInstanceOf(RecordNotFoundException.class)
        .hasMessageContaining("signed licence deal " + draftId);
    assertThat(ntu.licenseeDeal(dealId).signingDate()).isEqualTo(Deals.SIGNED_ON);
  }

  @Test
  void theReportsOfADealShowEveryLineAndTheNoteAsFiled() {
    RoyaltyReportService service = fixture.royaltyReports(HUAXIN);
    List<SalesLine> lines =
        List.of(
            new SalesLine(
                "Assay kit", "Guangdong", 1200L, new BigDecimal("200000"), new BigDecimal("1500")),
            new SalesLine("Reader", "Hong Kong", 3L, new BigDecimal("900"), new BigDecimal("0")));
    service.file(
        dealId,
        new NewRoyaltyReport(
            LocalDate.parse("2021-01-01"), "CNY", lines, "  Returns netted  ", null));
    service.file(
        dealId, new NewRoyaltyReport(LocalDate.parse("2021-01-01"), "CNY", lines, "   ", 1));

    List<RoyaltyReportView> reports = service.reports(dealId);

    assertThat(reports).singleElement().satisfies(r -> assertThat(r.versions()).hasSize(2));
    RoyaltyReportView.Version first = reports.get(0).versions().get(0);
    assertThat(first.note()).isEqualTo("Returns netted");
    assertThat(reports.get(0).current().note()).isNull();
    assertThat(first.netSales()).isEqualByComparingTo("199400");
    assertThat(first.lines())
        .extracting(SalesLine::product, SalesLine::territory, SalesLine::units)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Assay kit", "Guangdong", 1200L),
            org.assertj.core.groups.Tuple.tuple("Reader", "Hong Kong", 3L));
    assertThat(first.lines().get(0).grossSales()).isEqualByComparingTo("200000");
    assertThat(first.lines().get(0).deductions()).isEqualByComparingTo("1500");
    assertThat(first.lines().get(1).deductions()).isEqualByComparingTo("0");
  }

  @Test
  void aReportThatDoesNotExistIsNotFound() {
    assertThatThrownBy(() -> fixture.royaltyReports(HUAXIN).report(404))
        .isInstanceOf(RecordNotFoundException.class)
        .hasMessageContaining("royalty report 404");
    assertThatThrownBy(() -> fixture.royaltyReports(admin()).accept(404, 1))
        .isInstanceOf(RecordNotFoundException.class)
        .hasMessageContaining("royalty report 404");
  }

  @Test
  void whoMayFileMayPreviewAnUploadAndNothingIsFiled() {
    List<List<String>> cells =
        List.of(
            List.of("product", "territory", "units", "grossSales", "deductions"),
            List.of("Assay kit", "Guangdong", "1200", "200000", "0"));

    org.institute.licensing.UploadPreview preview =
        fixture.royaltyReports(HUAXIN).preview(dealId, cells);

    assertThat(preview.refused()).isNull();
    assertThat(preview.accepted())
        .singleElement()
        .satisfies(l -> assertThat(l.grossSales()).isEqualByComparingTo("200000"));
    assertThat(fixture.royaltyReports(HUAXIN).preview(dealId, null).refused())
        .isEqualTo("licensing.royaltyReport.upload.empty");
    assertThat(fixture.royaltyReports(admin()).preview(dealId, cells).accepted()).hasSize(1);
    assertThatThrownBy(() -> fixture.royaltyReports(staffOf(Deals.NTU)).preview(dealId, cells))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> fixture.royaltyReports(KANGDA_STAFF).preview(dealId, cells))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(fixture.reports.byId).isEmpty();
  }

  @Test
  void onlyLicenseeStaffGetTheLicenceMenu() {
    assertThat(fixture.policy(HUAXIN).allowedActions())
        .containsExactly(LicensingAction.READ_OWN_LICENCES);
    assertThat(fixture.policy(staffOf(Deals.NTU)).allowedActions())
        .doesNotContain(LicensingAction.READ_OWN_LICENCES);
  }
}
