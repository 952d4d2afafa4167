package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealState;
import org.institute.licensing.LicenceDealExecuted;
import org.institute.licensing.LicenceDealTerminated;
import org.institute.licensing.PaymentPurpose;
import org.institute.licensing.PaymentRecorded;
import org.institute.licensing.domain.Deals;
import org.institute.licensing.domain.LicenceDeal;
import org.junit.jupiter.api.Test;

/** Who hears of what: the three-owner deal of {@link Deals} as deal 5. */
class DealNotifierTest {

  private final LicensingFixture fixture = new LicensingFixture(Deals.NOW);
  private final DealNotifier notifier = fixture.notifier();

  private LicenceDeal deal(DealState state) {
    return fixture.deals.put(5, Deals.in(state));
  }

  private static PaymentRecorded.Part part(long partner, String sgd, String cny) {
    return new PaymentRecorded.Part(partner, new BigDecimal(sgd), new BigDecimal(cny));
  }

  private static PaymentRecorded payment(String recordedBy) {
    return new PaymentRecorded(
        1,
        5,
        LocalDate.of(2020, 7, 1),
        new BigDecimal("1000.00"),
        "SGD",
        PaymentPurpose.ROYALTY,
        new BigDecimal("1000.00"),
        new BigDecimal("5300.00"),
        null,
        List.of(
            part(Deals.NTU, "250.00", "1325.00"),
            part(Deals.SCUT, "250.00", "1325.00"),
            part(Deals.GKC, "500.00", "2650.00")),
        recordedBy);
  }

  @Test
  void eachCoOwnerHearsOfItsOwnPartButTheRecorderHearsNothing() {
    deal(DealState.EXECUTED);

    notifier.paid(payment("ntu.staff"));

    assertThat(fixture.mails.recipients()).containsExactly("scut.staff@i.org", "gkc.staff@i.org");
    assertThat(fixture.mails.sent.get(0).subject())
        .isEqualTo("Licence deal #5 payment received / 许可协议 #5 收到付款");
    assertThat(fixture.mails.sent.get(0).body())
        .isEqualTo(
            "Licence deal #5 \"Solid-state battery electrolyte\": SGD 1000.00 received 2020-07-01"
                + " (ROYALTY).\n"
                + "Your part / 贵方份额: SGD 250.00 / CNY 1325.00\n"
                + "Open / 打开: https://portal.example/app/licensing/deal.xhtml?id=5\n");
    assertThat(fixture.mails.sent.get(1).body())
        .contains("Your part / 贵方份额: SGD 500.00 / CNY 2650.00");
  }

  @Test
  void eachCoOwnerHearsOfItsReversedPartWithTheReasonButTheAdminWhoVoidedHearsNothing() {
    deal(DealState.EXECUTED);

    notifier.voided(
        new org.institute.licensing.PaymentVoided(
            1,
            5,
            LocalDate.of(2020, 7, 1),
            new BigDecimal("1000.00"),
            "SGD",
            List.of(part(Deals.NTU, "250.00", "1325.00"), part(Deals.SCUT, "750.00", "3975.00")),
            "admin",
            "Recorded twice."));

    assertThat(fixture.mails.recipients()).containsExactly("ntu.staff@i.org", "scut.staff@i.org");
    assertThat(fixture.mails.sent.get(0).subject())
        .isEqualTo("Licence deal #5 payment voided / 许可协议 #5 付款已作废");
    assertThat(fixture.mails.sent.get(1).body())
        .isEqualTo(
            "Licence deal #5 \"Solid-state battery electrolyte\": the payment of SGD 1000.00"
                + " received 2020-07-01 was voided. Reason: Recorded twice.\n"
                + "Your part, reversed / 贵方份额已冲回: SGD 750.00 / CNY 3975.00\n"
                + "Open / 打开: https://portal.example/app/licensing/deal.xhtml?id=5\n");
  }

  @Test
  void aPaymentRecordedByTheSystemOrAnAdminReachesEveryCoOwner() {
    deal(DealState.EXECUTED);

    notifier.paid(payment("system"));
    notifier.paid(payment("admin"));

    assertThat(fixture.mails.recipients())
        .containsExactly(
            "ntu.staff@i.org",
            "scut.staff@i.org",
            "gkc.staff@i.org",
            "ntu.staff@i.org",
            "scut.staff@i.org",
            "gkc.staff@i.org");
  }

  @Test
  void anExecutionReachesBothSidesAndTheAdminsButNotTheExecutor() {
    LicenceDeal deal = deal(DealState.EXECUTED);

    notifier.executed(
        new LicenceDealExecuted(
            5,
            Deals.LICENSEE,
            deal.licensorIds(),
            Deals.SIGNED_ON,
            "SGD",
            deal.totalValue().amount(),
            "ntu.staff"));

    assertThat(fixture.mails.recipients())
        .containsExactly(
            "scut.staff@i.org",
            "gkc.staff@i.org",
            "huaxin.staff@i.org",
            "admin@i.org",
            "admin2@i.org");
    assertThat(fixture.mails.sent.get(0).subject()).isEqualTo("Licence deal #5 was executed / 已签署");
    assertThat(fixture.mails.sent.get(0).body())
        .isEqualTo(
            "Licence deal #5 \"Solid-state battery electrolyte\" was executed / 已签署.\n"
                + "State / 状态: EXECUTED\n"
                + "By / 操作人: ntu.staff\n"
                + "Open / 打开: https://portal.example/app/licensing/deal.xhtml?id=5\n");
  }

  @Test
  void aTerminationReachesBothSidesAndTheOtherAdmins() {
    deal(DealState.TERMINATED);

    notifier.terminated(
        new LicenceDealTerminated(5, Deals.LICENSEE, Set.of(Deals.NTU), "insolvent", "admin"));

    assertThat(fixture.mails.recipients())
        .containsExactly(
            "ntu.staff@i.org",
            "scut.staff@i.org",
            "gkc.staff@i.org",
            "huaxin.staff@i.org",
            "admin2@i.org");
    assertThat(fixture.mails.sent.get(0).subject())
        .isEqualTo("Licence deal #5 was terminated / 已终止");
  }

  @Test
  void aRevisionTellsNobody() {
    LicenceDeal deal = deal(DealState.DRAFT);

    notifier.after(deal, DealAction.REVISE, "ntu.staff");

    assertThat(fixture.mails.sent).isEmpty();
  }

  @Test
  void aPendingConsentAsksTheCoOwnersWhoseConsentIsStillMissing() {
    LicenceDeal deal = deal(DealState.CONSENTS_PENDING);

    notifier.after(deal, DealAction.CONSENT, "gkc.staff");

    assertThat(fixture.mails.recipients()).containsExactly("scut.staff@i.org");
  }

  @Test
  void anActorWithoutAnAccountRemovesNobody() {
    LicenceDeal deal = deal(DealState.UNDER_REVIEW);

    notifier.after(deal, DealAction.CONSENT, "someone.gone");

    assertThat(fixture.mails.recipients()).containsExactly("admin@i.org", "admin2@i.org");
    assertThat(fixture.mails.sent.get(0).body()).contains("By / 操作人: someone.gone");
  }

  @Test
  void aSendBackByACoOwnerTellsTheSubmitterAndTheOtherLicensors() {
    LicenceDeal deal = deal(DealState.CHANGES_REQUESTED);

    notifier.after(deal, DealAction.REQUEST_CHANGES, "scut.staff");

    assertThat(fixture.mails.recipients()).containsExactly("ntu.staff@i.org", "gkc.staff@i.org");
  }
}
