package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.institute.core.KpiFigures;
import org.institute.core.KpiStamps;
import org.institute.talent.CertificateIssued;
import org.institute.talent.CertificateRevoked;

/**
 * Keeps the programme graduates of the KPI dashboard current (decision 0110): a certificate issued
 * or revoked moves the figure, in the transaction of the change. Placements have no event; the use
 * case that changes a placement's status calls {@link KpiStamps} itself.
 */
@ApplicationScoped
class TalentKpiStamps {

  @Inject private KpiStamps stamps;

  void issued(@Observes(during = TransactionPhase.IN_PROGRESS) CertificateIssued event) {
    stamps.changed(KpiFigures.PROGRAMME_GRADUATES);
  }

  void revoked(@Observes(during = TransactionPhase.IN_PROGRESS) CertificateRevoked event) {
    stamps.changed(KpiFigures.PROGRAMME_GRADUATES);
  }
}
