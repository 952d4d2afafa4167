package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.institute.licensing.application.LicensingFixture.admin;
import static org.institute.licensing.application.LicensingFixture.staffOf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.Caller;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealState;
import org.institute.licensing.DealTerms;
import org.institute.licensing.Exclusivity;
import org.institute.licensing.Execution;
import org.institute.licensing.LicenceDeals;
import org.institute.licensing.MilestoneTerm;
import org.institute.licensing.NewPayment;
import org.institute.licensing.PaymentPurpose;
import org.institute.licensing.domain.Deals;
import org.junit.jupiter.api.Test;

/** A deal's life through the facade, one call per step as the web layer makes them. */
class LicenceDealServiceTest {

  private static final Caller NTU = staffOf("ntu.staff", Deals.NTU);
  private static final Caller SCUT = staffOf("scut.staff", Deals.SCUT);
  private static final LocalDate TODAY = LocalDate.of(2020, 6, 3);

  private final LicensingFixture fixture = new LicensingFixture(Deals.NOW);

  LicenceDealServiceTest() {
    fixture.families.registerNtuScutHalves(11);
  }

  private LicenceDeals as(Caller caller) {
    return fixture.licenceDeals(caller);
  }

  private static DealTerms terms(String upfront) {
    return new DealTerms(
        "Sodium anode",
        null,
        Deals.LICENSEE,
        List.of(11L),
        "Batteries",
        "Singapore",
        Exclusivity.NON_EXCLUSIVE,
        Deals.TERM_START,
        Deals.TERM_END,
        "SGD",
        new BigDecimal(upfront),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        List.of(new MilestoneTerm("Sale", new BigDecimal("1000"), null)),
        null,
        null);
  }

  @Test
  void aDealIsDraftedReviewedSignedAndPaidThroughTheFacade() {
    long id = as(NTU).create(terms("1000")).id();
    assertThat(as(NTU).revise(id, 0, terms("2000")).totalValue()).isEqualByComparingTo("3000");
    assertThat(as(NTU).submit(id, null).state()).isEqualTo(DealState.SUBMITTED);
    assertThat(as(admin()).inbox(0, 10).deals()).isEmpty();
    assertThat(as(SCUT).inbox(0, 10).deals()).hasSize(1);
    assertThat(as(SCUT).consent(id, null).state()).isEqualTo(DealState.UNDER_REVIEW);
    assertThat(as(admin()).approve(id, "fine").state()).isEqualTo(DealState.APPROVED);
    assertThat(
            as(NTU).execute(id, new Execution(TODAY, "signed.pdf", new byte[] {7}, null)).state())
        .isEqualTo(DealState.EXECUTED);
    assertThat(as(NTU).signedAgreement(id).orElseThrow().content()).containsExactly(7);

    fixture.now = Instant.parse("2020-09-01T00:00:00Z");
    var payment =
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
    assertThat(payment.amountCny()).isEqualByComparingTo("530.00");
    assertThat(as(SCUT).payments(id)).hasSize(1);
    assertThat(as(SCUT).distribution(id).totalSgd()).isEqualByComparingTo("100.00");

    assertThat(as(admin()).terminate(id, "breach").state()).isEqualTo(DealState.TERMINATED);
    assertThat(as(admin()).find(id).orElseThrow().state()).isEqualTo(DealState.TERMINATED);
    assertThat(as(admin()).countByState()).containsEntry(DealState.TERMINATED, 1L);
    assertThat(as(admin()).list(DealQuery.all(), 0, 10).total()).isEqualTo(1);
  }

  @Test
  void aRejectionAndASendBackGoThroughTheFacade() {
    long rejected = as(NTU).create(terms("1000")).id();
    as(NTU).submit(rejected, null);
    long sentBack = as(NTU).create(terms("1000")).id();
    as(NTU).submit(sentBack, null);

    assertThat(as(admin()).reject(rejected, "no").state()).isEqualTo(DealState.REJECTED);
    assertThat(as(SCUT).requestChanges(sentBack, "lower the fee").state())
        .isEqualTo(DealState.CHANGES_REQUESTED);
  }
}
