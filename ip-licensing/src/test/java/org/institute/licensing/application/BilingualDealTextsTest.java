package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.institute.licensing.application.LicensingFixture.admin;
import static org.institute.licensing.application.LicensingFixture.staffOf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.Caller;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealRow;
import org.institute.licensing.DealTerms;
import org.institute.licensing.DealView;
import org.institute.licensing.Exclusivity;
import org.institute.licensing.Execution;
import org.institute.licensing.InboxRow;
import org.institute.licensing.LicenceDeals;
import org.institute.licensing.NewPayment;
import org.institute.licensing.ObligationView;
import org.institute.licensing.PaymentPurpose;
import org.institute.licensing.domain.Deals;
import org.junit.jupiter.api.Test;

/**
 * A deal's Chinese title and its partners' Chinese names reach every view the pages, exports and
 * reports read (decision 0086): the deal, its list row, the inbox row and its obligations.
 */
class BilingualDealTextsTest {

  private static final Caller NTU = staffOf("ntu.staff", Deals.NTU);
  private static final Caller SCUT = staffOf("scut.staff", Deals.SCUT);

  private final LicensingFixture fixture = new LicensingFixture(Deals.NOW);

  BilingualDealTextsTest() {
    fixture.families.registerNtuScutHalves(11);
  }

  private LicenceDeals as(Caller caller) {
    return fixture.licenceDeals(caller);
  }

  private static DealTerms terms(String titleZh) {
    return new DealTerms(
        "Sodium anode",
        titleZh,
        Deals.LICENSEE,
        List.of(11L),
        "Batteries",
        "Singapore",
        Exclusivity.NON_EXCLUSIVE,
        Deals.TERM_START,
        Deals.TERM_END,
        "SGD",
        new BigDecimal("1000"),
        BigDecimal.ONE,
        new BigDecimal("500"),
        List.of(),
        null,
        null);
  }

  @Test
  void theDealAndItsListRowCarryBothTitlesAndTheLicenseesNames() {
    long id = as(NTU).create(terms(" 钠负极 ")).id();

    DealView deal = as(NTU).find(id).orElseThrow();
    assertThat(deal.terms().titleZh()).isEqualTo("钠负极");
    assertThat(deal.terms().title("zh-CN")).isEqualTo("钠负极");
    assertThat(deal.licenseeName("zh-CN")).isEqualTo("华信");
    assertThat(deal.licenseeName("en")).isEqualTo("Huaxin");
    assertThat(deal.licensors())
        .extracting(p -> p.name("zh-CN"))
        .containsExactlyInAnyOrder("南洋理工大学", "华南理工大学");
    assertThat(deal.licensors())
        .extracting(p -> p.name("en"))
        .containsExactlyInAnyOrder(
            "Nanyang Technological University", "South China University of Technology");

    DealRow row = as(NTU).list(DealQuery.all(), 0, 10).deals().get(0);
    assertThat(row.titleZh()).isEqualTo("钠负极");
    assertThat(row.title("zh-CN")).isEqualTo("钠负极");
    assertThat(row.title("en")).isEqualTo("Sodium anode");
    assertThat(row.licenseeNameZh()).isEqualTo("华信");
    assertThat(row.licenseeName("zh-CN")).isEqualTo("华信");
    assertThat(row.licenseeName("en")).isEqualTo("Huaxin");
  }

  @Test
  void aDealWithoutAChineseTitleShowsItsEnglishTitleToReadersOfChinese() {
    long id = as(NTU).create(terms(null)).id();

    assertThat(as(NTU).find(id).orElseThrow().terms().title("zh-CN")).isEqualTo("Sodium anode");
    DealRow row = as(NTU).list(DealQuery.all(), 0, 10).deals().get(0);
    assertThat(row.titleZh()).isNull();
    assertThat(row.title("zh-CN")).isEqualTo("Sodium anode");
  }

  @Test
  void theInboxRowCarriesBothTitlesAndTheLicenseesNames() {
    long id = as(NTU).create(terms("钠负极")).id();
    as(NTU).submit(id, null);

    assertThat(as(SCUT).find(id).orElseThrow().consents())
        .extracting(c -> c.partnerName("zh-CN"), c -> c.partnerName("en"))
        .contains(tuple("华南理工大学", "South China University of Technology"));
    InboxRow row = as(SCUT).inbox(0, 10).deals().get(0);
    assertThat(row.title("zh-CN")).isEqualTo("钠负极");
    assertThat(row.title("en")).isEqualTo("Sodium anode");
    assertThat(row.licenseeName("zh-CN")).isEqualTo("华信");
    assertThat(row.licenseeName("en")).isEqualTo("Huaxin");
  }

  @Test
  void anExecutedDealsObligationsCarryItsTitlesAndTheLicenseesNames() {
    long id = as(NTU).create(terms("钠负极")).id();
    as(NTU).submit(id, null);
    as(SCUT).consent(id, null);
    as(admin()).approve(id, "fine");
    as(NTU)
        .execute(id, new Execution(LocalDate.of(2020, 6, 3), "signed.pdf", new byte[] {7}, null));

    List<ObligationView> ofDeal = fixture.obligationService(NTU).ofDeal(id);
    assertThat(ofDeal).isNotEmpty();
    assertThat(ofDeal)
        .allSatisfy(
            o -> {
              assertThat(o.dealTitle("zh-CN")).isEqualTo("钠负极");
              assertThat(o.dealTitle("en")).isEqualTo("Sodium anode");
              assertThat(o.licenseeName("zh-CN")).isEqualTo("华信");
              assertThat(o.licenseeName("en")).isEqualTo("Huaxin");
            });
    List<ObligationView> listed =
        fixture.obligationService(NTU).list(null, null, null, 0, 50).obligations();
    assertThat(listed).isNotEmpty();
    assertThat(listed.get(0).dealTitleZh()).isEqualTo("钠负极");
    assertThat(listed.get(0).licenseeNameZh()).isEqualTo("华信");
  }

  @Test
  void theMailsAboutADealNameItInBothLanguages() {
    long id = as(NTU).create(terms("钠负极")).id();
    as(NTU).submit(id, null);

    assertThat(fixture.mails.sent).isNotEmpty();
    assertThat(fixture.mails.sent)
        .allSatisfy(m -> assertThat(m.body()).contains("\"Sodium anode / 钠负极\""));
  }

  @Test
  void aPaymentsPartsAndTheDistributionNameEachCoOwnerInBothScripts() {
    long id = as(NTU).create(terms("钠负极")).id();
    as(NTU).submit(id, null);
    as(SCUT).consent(id, null);
    as(admin()).approve(id, "fine");
    as(NTU)
        .execute(id, new Execution(LocalDate.of(2020, 6, 3), "signed.pdf", new byte[] {7}, null));
    fixture.now = Instant.parse("2020-09-01T00:00:00Z");
    as(NTU)
        .recordPayment(
            id,
            new NewPayment(
                LocalDate.of(2020, 7, 1),
                new BigDecimal("100.00"),
                "SGD",
                PaymentPurpose.UPFRONT_FEE,
                null,
                null));

    var statement = as(NTU).distribution(id);
    assertThat(statement.partners())
        .extracting(p -> p.partnerName("zh-CN"), p -> p.partnerName("en"))
        .containsExactlyInAnyOrder(
            tuple("南洋理工大学", "Nanyang Technological University"),
            tuple("华南理工大学", "South China University of Technology"));
    assertThat(statement.payments().get(0).distribution())
        .extracting(l -> l.partnerName("zh-CN"))
        .containsExactlyInAnyOrder("南洋理工大学", "华南理工大学");
  }
}
