package org.institute.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.core.Transactions;
import org.institute.partners.PartnerDirectory;
import org.institute.records.CentreView;
import org.institute.records.CommitmentView;
import org.institute.records.Funding;
import org.institute.records.FundsMovementKind;
import org.institute.records.NewCommitment;
import org.institute.records.NewFundsMovement;
import org.institute.records.ResearchRecords;

/**
 * The next phase's funding of DOMAIN.md, S$61 million = RMB 300 million over five years, split by
 * funder, year and R&D centre, with the disbursements and spending of the first three years. The
 * split is illustrative (docs/demo-data.md): NTU commits in SGD and the three Chinese co-founders
 * in CNY, each CNY amount being the RMB equivalent of a round SGD share at the announcement's rate,
 * so that the phase adds up to S$61,000,000.00 exactly (RMB 299,998,000.00 at 4.9180). Runs inside
 * {@link DemoData#load}, as the system.
 */
@ApplicationScoped
public class FundingDemoData {

  static final BigDecimal PHASE_SGD = new BigDecimal("61000000");
  static final LocalDate ANNOUNCED = LocalDate.of(2020, 12, 8);
  private static final BigDecimal ANNOUNCED_RATE = new BigDecimal("4.9180");
  private static final Logger LOG = Logger.getLogger(FundingDemoData.class.getName());

  /** Funder code, share of the phase in per cent, currency. */
  private static final Object[][] FUNDERS = {
    {"NTU", 40, "SGD"}, {"SCUT", 20, "CNY"}, {"CSGKC", 25, "CNY"}, {"GKC", 15, "CNY"}
  };

  /** R&D centre code, share of each year's money in per cent. */
  private static final Object[][] CENTRES = {{"DIGITAL", 40}, {"NEWENERGY", 30}, {"BIOMED", 30}};

  @Inject private Transactions transactions;
  @Inject private Funding funding;
  @Inject private PartnerDirectory partners;
  @Inject private ResearchRecords records;

  void load() {
    Map<String, Long> centres =
        records.centres().stream().collect(Collectors.toMap(CentreView::code, CentreView::id));
    int commitments = 0;
    for (Object[] funder : FUNDERS) {
      PartnerId partner = partners.findByCode((String) funder[0]).orElseThrow().id();
      for (int year = 2021; year <= 2025; year++) {
        for (Object[] centre : CENTRES) {
          // five equal years; every share is a whole number of Singapore dollars
          BigDecimal sgd =
              PHASE_SGD
                  .multiply(BigDecimal.valueOf((Integer) funder[1]))
                  .multiply(BigDecimal.valueOf((Integer) centre[1]))
                  .divide(BigDecimal.valueOf(100 * 100 * 5));
          BigDecimal amount = "SGD".equals(funder[2]) ? sgd : sgd.multiply(ANNOUNCED_RATE);
          CommitmentView c =
              funding.recordCommitment(
                  new NewCommitment(
                      partner,
                      centres.get((String) centre[0]),
                      "Next phase 2021-2025: " + year,
                      "2021-2025年下一阶段：" + year + "年",
                      LocalDate.of(year, 1, 1),
                      LocalDate.of(year, 12, 31),
                      ANNOUNCED,
                      amount.setScale(2).toPlainString(),
                      (String) funder[2]));
          commitments++;
          moveMoney(c, year);
        }
        transactions.checkpoint();
      }
    }
    LOG.info("funding demo data loaded: " + commitments + " commitments of the 2021-2025 phase");
  }

  /** 2021 and 2022 paid in full in March and mostly spent; half of 2023 paid; nothing later yet. */
  private void moveMoney(CommitmentView c, int year) {
    Money committed =
        Money.of(
            c.committed().own().amount(), Currency.getInstance(c.committed().own().currency()));
    if (year == 2021 || year == 2022) {
      c =
          move(
              c,
              FundsMovementKind.DISBURSEMENT,
              LocalDate.of(year, 3, 31),
              committed,
              "Annual tranche " + year);
      c =
          move(
              c,
              FundsMovementKind.EXPENDITURE,
              LocalDate.of(year, 12, 31),
              committed.times(new BigDecimal(year == 2021 ? "0.90" : "0.60")),
              "Research staff, equipment and operations " + year);
    } else if (year == 2023) {
      move(
          c,
          FundsMovementKind.DISBURSEMENT,
          LocalDate.of(year, 3, 31),
          committed.times(new BigDecimal("0.50")),
          "First half of the annual tranche " + year);
    }
  }

  private CommitmentView move(
      CommitmentView c, FundsMovementKind kind, LocalDate on, Money money, String purpose) {
    return funding.recordMovement(
        c.id(),
        new NewFundsMovement(
            kind,
            on,
            money.amount().toPlainString(),
            money.currency().getCurrencyCode(),
            purpose,
            c.version()));
  }
}
