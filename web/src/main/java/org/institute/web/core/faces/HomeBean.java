package org.institute.web.core.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.institute.core.Accounts;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.ChainVerification;
import org.institute.core.CoreAccess;
import org.institute.core.CoreAction;
import org.institute.core.MailOutbox;
import org.institute.core.WaitingWork;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerRole;
import org.institute.partners.PartnerSummary;
import org.institute.records.Funding;
import org.institute.records.FundingQuery;
import org.institute.records.FundsColumns;

/** Figures for the home page of each role. */
@Named("home")
@RequestScoped
public class HomeBean {

  @Inject private Caller caller;
  @Inject private Accounts accounts;
  @Inject private PartnerDirectory partners;
  @Inject private AuditTrail audit;
  @Inject private MailOutbox outbox;
  @Inject private Funding fundingRecords;
  @Inject private CoreAccess core;
  @Inject @Any private Instance<WaitingWork> waitingWork;

  private ChainVerification chain;
  private List<WaitingWork.Item> waiting;
  private FundsColumns funding;

  /** What waits for the caller, as every module's policy says: counts and links. */
  public List<WaitingWork.Item> getWaiting() {
    if (waiting == null) {
      waiting = waitingWork.stream().flatMap(w -> w.forCaller().stream()).toList();
    }
    return waiting;
  }

  public long getAccountCount() {
    return accounts.count();
  }

  public int getPartnerCount() {
    return partners.all().size();
  }

  /** The trail's length from its head: no count of every entry at each view. */
  public long getAuditCount() {
    return audit.length();
  }

  public long getOutboxCount() {
    return outbox.count();
  }

  /**
   * The last verification of the audit chain as it was kept (decision 0123), null when none ran
   * yet: the page does not walk the whole chain at every view.
   */
  public ChainVerification getChain() {
    if (chain == null && core.may(CoreAction.READ_AUDIT_TRAIL)) {
      chain = audit.lastVerification().orElse(null);
    }
    return chain;
  }

  public PartnerSummary getOwnPartner() {
    return caller.partner().flatMap(partners::find).orElse(null);
  }

  /** The co-founders, as the partner registry records their role. */
  public List<PartnerSummary> getCofounders() {
    return partners.withRole(PartnerRole.CO_FOUNDER);
  }

  /**
   * Everything committed to the institute, in Singapore dollars and yuan (each commitment converted
   * at its own date's rate), from the funding records in the caller's scope.
   */
  public FundsColumns getFunding() {
    if (funding == null) {
      funding = fundingRecords.overview(FundingQuery.all(), 0, 1).totals().committed();
    }
    return funding;
  }

  public List<PartnerKind> getKinds() {
    return List.of(PartnerKind.values());
  }
}
