package org.institute.licensing.application;

import java.util.Map;
import org.institute.licensing.DistributionLineView;
import org.institute.licensing.Inventor;
import org.institute.licensing.domain.DistributionLine;
import org.institute.licensing.domain.Payment;

/** Distribution lines as views: one shape for the deal page, the API and the statements. */
final class DistributionViews {

  private DistributionViews() {}

  static DistributionLineView line(
      DistributionLine l, PartnerNames names, Map<Long, String> familyReferences) {
    Payment p = l.payment();
    Inventor inventor = l.inventor();
    return new DistributionLineView(
        p.id(),
        p.dealId(),
        p.receivedOn(),
        p.currency(),
        l.number(),
        l.step(),
        l.familyId(),
        familyReferences.getOrDefault(l.familyId(), "#" + l.familyId()),
        l.partnerId(),
        names.name(l.partnerId()),
        names.nameZh(l.partnerId()),
        inventor == null ? null : inventor.name(),
        inventor == null ? null : inventor.orcid(),
        inventor == null ? null : inventor.contribution(),
        l.policyId(),
        l.amount(),
        l.amountSgd(),
        l.amountCny());
  }
}
