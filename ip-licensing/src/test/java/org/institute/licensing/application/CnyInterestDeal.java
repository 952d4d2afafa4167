package org.institute.licensing.application;

import static org.institute.licensing.application.LicensingFixture.admin;
import static org.institute.licensing.application.LicensingFixture.licenseeOf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.institute.core.Caller;
import org.institute.licensing.DealTerms;
import org.institute.licensing.InvoiceView;
import org.institute.licensing.NewRoyaltyReport;
import org.institute.licensing.NewRoyaltyReport.SalesLine;
import org.institute.licensing.domain.Actor;
import org.institute.licensing.domain.Deals;
import org.institute.licensing.domain.LicenceDeal;

/**
 * The executed deal of the compliance and interest-invoice tests: Huaxin's CNY licence of a family
 * NTU and SCUT own half each, royalty 5 %, licence years from 1 January 2021, late-payment interest
 * 7.3 % a year (0.02 % a day); reports due 30 days after their quarter, invoices 30 days after
 * issue. The fixture's day starts on 2021-04-01.
 */
final class CnyInterestDeal {

  /** Guangzhou Kangda, another licensee company, which sees none of Huaxin's records. */
  static final long KANGDA = 12;

  static final Caller HUAXIN = licenseeOf("huaxin.licensee", Deals.LICENSEE);
  static final Caller KANGDA_STAFF = licenseeOf("kangda.licensee", KANGDA);
  static final Caller ADMIN = admin();

  final LicensingFixture fixture = new LicensingFixture(Instant.parse("2021-04-01T02:00:00Z"));
  final long dealId;

  CnyInterestDeal() {
    fixture.families.registerNtuScutHalves(11);
    dealId = deal(Deals.NTU_STAFF, Deals.NTU, LocalDate.of(2021, 1, 1), true);
  }

  /**
   * A licence of Huaxin's on the family with the terms above from {@code termStart}, drafted by the
   * licensor's staff and, when {@code executed}, approved and signed; its id.
   */
  long deal(Actor by, long licensor, LocalDate termStart, boolean executed) {
    DealTerms terms = Deals.assayTerms(termStart, "5", "0", List.of(), "7.3");
    LicenceDeal deal = LicenceDeal.draft(by, terms, Set.of(licensor), Deals.NOW);
    if (executed) {
      deal.submit(
          by, org.institute.licensing.ApprovalNeeds.admins(1), Deals.SUBMITTED_ON, Deals.NOW, null);
      deal.approve(Deals.ADMIN, Deals.NOW, null, null);
      deal.execute(by, Deals.SIGNED_ON, 77L, Deals.SIGNED_ON, Deals.NOW, null);
    }
    return fixture.deals.add(deal).id();
  }

  /** Moves the fixture's clock to the day, at 02:00 UTC. */
  void on(String day) {
    fixture.now = Instant.parse(day + "T02:00:00Z");
  }

  /** Huaxin files the quarter starting on the day with one line of gross sales; the report's id. */
  long file(String periodStart, String gross) {
    return file(dealId, periodStart, gross);
  }

  /** Huaxin files the quarter of the deal starting on the day; the report's id. */
  long file(long deal, String periodStart, String gross) {
    return file(deal, periodStart, gross, null);
  }

  /** Huaxin corrects the quarter starting on the day: a new version amending the one named. */
  long amend(String periodStart, String gross, int amendsVersion) {
    return file(dealId, periodStart, gross, amendsVersion);
  }

  private long file(long deal, String periodStart, String gross, Integer amendsVersion) {
    return fixture
        .royaltyReports(HUAXIN)
        .file(
            deal,
            new NewRoyaltyReport(
                LocalDate.parse(periodStart),
                "CNY",
                List.of(
                    new SalesLine(
                        "Assay kit", "Guangdong", 100L, new BigDecimal(gross), BigDecimal.ZERO)),
                null,
                amendsVersion))
        .id();
  }

  /** An admin accepts the report's first version; the invoice it issued. */
  InvoiceView accept(long reportId) {
    long invoice = fixture.royaltyReports(ADMIN).accept(reportId, 1).invoices().get(0).id();
    return fixture.invoiceService(ADMIN).invoice(invoice);
  }
}
