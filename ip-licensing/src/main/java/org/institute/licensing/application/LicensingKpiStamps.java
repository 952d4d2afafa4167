package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.institute.core.KpiFigures;
import org.institute.core.KpiStamps;
import org.institute.licensing.LicenceDealExecuted;
import org.institute.licensing.PaymentRecorded;
import org.institute.licensing.PaymentVoided;

/**
 * Keeps the licensing figures of the KPI dashboard current (decision 0110): a deal executed moves
 * the licences executed, a payment recorded or voided moves the licence income, in the transaction
 * of the change. Patent applications have no event; the use cases that file them call {@link
 * KpiStamps} themselves.
 */
@ApplicationScoped
class LicensingKpiStamps {

  @Inject private KpiStamps stamps;

  void executed(@Observes(during = TransactionPhase.IN_PROGRESS) LicenceDealExecuted event) {
    stamps.changed(KpiFigures.LICENCES_EXECUTED);
  }

  void paid(@Observes(during = TransactionPhase.IN_PROGRESS) PaymentRecorded event) {
    stamps.changed(KpiFigures.LICENCE_INCOME_SGD);
  }

  void voided(@Observes(during = TransactionPhase.IN_PROGRESS) PaymentVoided event) {
    stamps.changed(KpiFigures.LICENCE_INCOME_SGD);
  }
}
