package org.institute.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.logging.Logger;
import org.institute.core.Accounts;
import org.institute.core.ExchangeRates;
import org.institute.core.SystemActor;

/**
 * Seeds the institute as announced on 8 December 2020 (../shared/DOMAIN.md): its co-founders, the
 * Chongqing base's government partner, one account per role, and the SGD/CNY rates implied by the
 * announced figures. Runs once: an existing {@code admin} account means the data is there.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  private static final Currency SGD = Currency.getInstance("SGD");
  private static final Currency CNY = Currency.getInstance("CNY");

  @Inject private Accounts existing;
  @Inject private SystemActor system;
  @Inject private PartnersDemoData partners;
  @Inject private AccountsDemoData accounts;
  @Inject private CouncilDemoData council;
  @Inject private ExchangeRates rates;
  @Inject private Clock clock;
  @Inject private LicensingDemoData licensing;
  @Inject private TalentDemoData talent;
  @Inject private RecordsDemoData records;
  @Inject private SpaceDemoData space;
  @Inject private FundingDemoData funding;

  @ActivateRequestContext
  @Transactional
  public void load() {
    if (existing.find("admin").isPresent()) {
      LOG.info("demo data already present");
      return;
    }
    system.run(this::seed);
  }

  private void seed() {
    PartnersDemoData.Founders founders = partners.load();
    accounts.load(founders);
    // S$61 million = RMB 300 million (the next phase) and S$1.7 million = RMB 8.6 million
    // (licences)
    rates.recordRate(
        LocalDate.of(2020, 12, 8), SGD, CNY, new BigDecimal("4.9180"), "announcement 2020-12-08");
    rates.recordRate(
        LocalDate.of(2020, 1, 2), SGD, CNY, new BigDecimal("5.0588"), "licence totals 2015-2020");
    int series = sgdCnyToToday();
    council.load(founders);
    licensing.load();
    talent.load();
    records.load();
    space.load();
    funding.load();
    LOG.info(
        "demo data loaded: 16 partners, 7 accounts, "
            + (2 + series)
            + " exchange rates, 5 agreements, the council");
  }

  /**
   * SGD/CNY after the announcement, up to today whatever day the demo is loaded: monthly for
   * 2021-2024, weekly from 2025 on, so that an amount of this year is converted at a rate of its
   * week (a conversion at an older rate is marked stale). The figures are illustrative: straight
   * lines between approximate year-end levels, flat after the last one.
   */
  private int sgdCnyToToday() {
    LocalDate today = LocalDate.now(clock);
    int recorded = 0;
    for (LocalDate d = LocalDate.of(2021, 1, 4);
        !d.isAfter(today);
        d = d.getYear() < 2025 ? d.plusMonths(1) : d.plusWeeks(1)) {
      if (d.getYear() == 2025 && d.getMonthValue() == 1 && d.getDayOfMonth() < 6) {
        d = LocalDate.of(2025, 1, 6); // the first Monday of 2025: weekly from here
      }
      rates.recordRate(d, SGD, CNY, sgdCnyAbout(d), "demo series (illustrative)");
      recorded++;
    }
    return recorded;
  }

  /** Approximate SGD/CNY levels at the end of each year, joined by straight lines. */
  private static final LocalDate[] LEVEL_DATES = {
    LocalDate.of(2020, 12, 8),
    LocalDate.of(2021, 12, 31),
    LocalDate.of(2022, 12, 31),
    LocalDate.of(2023, 12, 31),
    LocalDate.of(2024, 12, 31),
    LocalDate.of(2025, 12, 31)
  };

  private static final String[] LEVELS = {
    "4.9180", "4.7100", "5.1500", "5.3800", "5.3500", "5.5200"
  };

  static BigDecimal sgdCnyAbout(LocalDate d) {
    for (int i = 1; i < LEVEL_DATES.length; i++) {
      if (!d.isAfter(LEVEL_DATES[i])) {
        BigDecimal from = new BigDecimal(LEVELS[i - 1]);
        BigDecimal to = new BigDecimal(LEVELS[i]);
        long span = java.time.temporal.ChronoUnit.DAYS.between(LEVEL_DATES[i - 1], LEVEL_DATES[i]);
        long in = java.time.temporal.ChronoUnit.DAYS.between(LEVEL_DATES[i - 1], d);
        return from.add(
            to.subtract(from)
                .multiply(BigDecimal.valueOf(in))
                .divide(BigDecimal.valueOf(span), 4, java.math.RoundingMode.HALF_EVEN));
      }
    }
    return new BigDecimal(LEVELS[LEVELS.length - 1]);
  }
}
