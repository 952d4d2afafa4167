package org.institute.web.core.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.institute.core.Accounts;
import org.institute.core.AuditQuery;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.ChainCheck;
import org.institute.core.Conversion;
import org.institute.core.ExchangeRates;
import org.institute.core.MailOutbox;
import org.institute.core.Money;
import org.institute.core.Role;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerSummary;

/** Figures for the home page of each role. */
@Named("home")
@RequestScoped
public class HomeBean {

  /** S$61 million over five years for the next phase, as announced on 8 December 2020. */
  static final Money NEXT_PHASE_FUNDING = Money.of("61000000", "SGD");

  static final LocalDate ANNOUNCEMENT = LocalDate.of(2020, 12, 8);

  @Inject private Caller caller;
  @Inject private Accounts accounts;
  @Inject private PartnerDirectory partners;
  @Inject private AuditTrail audit;
  @Inject private MailOutbox outbox;
  @Inject private ExchangeRates rates;

  private ChainCheck chain;

  public long getAccountCount() {
    return accounts.count();
  }

  public int getPartnerCount() {
    return partners.all().size();
  }

  public long getAuditCount() {
    return audit.search(AuditQuery.all(), 0, 1).total();
  }

  public long getOutboxCount() {
    return outbox.count();
  }

  public ChainCheck getChain() {
    if (chain == null && (caller.hasRole(Role.AUDITOR) || caller.hasRole(Role.ADMIN))) {
      chain = audit.verify();
    }
    return chain;
  }

  public PartnerSummary getOwnPartner() {
    return caller.partner().flatMap(partners::find).orElse(null);
  }

  public List<PartnerSummary> getCofounders() {
    return partners.all().stream()
        .filter(p -> List.of("NTU", "SCUT", "CSGKC", "GKC").contains(p.code()))
        .toList();
  }

  public Money getFunding() {
    return NEXT_PHASE_FUNDING;
  }

  public Conversion getFundingInCny() {
    Optional<Conversion> c =
        rates.convert(NEXT_PHASE_FUNDING, Currency.getInstance("CNY"), ANNOUNCEMENT);
    return c.orElse(null);
  }

  public List<PartnerKind> getKinds() {
    return List.of(PartnerKind.values());
  }
}
