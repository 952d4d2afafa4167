package org.institute.licensing.application;

import org.institute.core.Caller;
import org.institute.licensing.InvoiceView;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests that start from the signed CNY deal of {@link CnyInterestDeal}: a new one before each test,
 * its parties, and its steps (the day, a report filed, a report accepted).
 */
abstract class OnTheCnyInterestDeal {

  static final long KANGDA = CnyInterestDeal.KANGDA;
  static final Caller HUAXIN = CnyInterestDeal.HUAXIN;
  static final Caller KANGDA_STAFF = CnyInterestDeal.KANGDA_STAFF;
  static final Caller ADMIN = CnyInterestDeal.ADMIN;

  CnyInterestDeal deal;
  LicensingFixture fixture;
  long dealId;

  @BeforeEach
  void signedDeal() {
    deal = new CnyInterestDeal();
    fixture = deal.fixture;
    dealId = deal.dealId;
  }

  void on(String day) {
    deal.on(day);
  }

  long file(String periodStart, String gross) {
    return deal.file(periodStart, gross);
  }

  InvoiceView accept(long reportId) {
    return deal.accept(reportId);
  }
}
