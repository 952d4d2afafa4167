package org.institute.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.institute.core.Accounts;
import org.institute.core.SystemActor;
import org.institute.core.Transactions;

/**
 * Seeds the institute as announced on 8 December 2020 (../shared/DOMAIN.md): its co-founders, the
 * Chongqing base's government partner, one account per role, and the SGD/CNY rates: those implied
 * by the announced figures and a weekly rate up to the day the demo starts. Runs once: an existing
 * {@code admin} account means the data is there.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject private Accounts existing;
  @Inject private SystemActor system;
  @Inject private Transactions transactions;
  @Inject private PartnersDemoData partners;
  @Inject private AccountsDemoData accounts;
  @Inject private CouncilDemoData council;
  @Inject private ExchangeRatesDemoData rates;
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

  /**
   * One transaction, so that a failure leaves no half institute; a checkpoint after each part keeps
   * the records Hibernate holds (and checks before every query) to that part's own.
   */
  private void seed() {
    PartnersDemoData.Founders founders = partners.load();
    accounts.load(founders);
    int rateCount = rates.load();
    council.load(founders);
    transactions.checkpoint();
    licensing.load();
    transactions.checkpoint();
    talent.load();
    transactions.checkpoint();
    records.load();
    transactions.checkpoint();
    space.load();
    transactions.checkpoint();
    funding.load();
    LOG.info(
        "demo data loaded: 16 partners, 9 accounts, "
            + rateCount
            + " exchange rates, 5 agreements, the council");
  }
}
