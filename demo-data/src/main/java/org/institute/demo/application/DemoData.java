package org.institute.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
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
    council.load(founders);
    licensing.load();
    talent.load();
    records.load();
    space.load();
    funding.load();
    LOG.info(
        "demo data loaded: 16 partners, 9 accounts, 2 exchange rates, 5 agreements, the council");
  }
}
