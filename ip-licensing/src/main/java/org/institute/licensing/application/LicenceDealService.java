package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.licensing.DealPage;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealRow;
import org.institute.licensing.DealState;
import org.institute.licensing.DealTerms;
import org.institute.licensing.DealView;
import org.institute.licensing.DistributionStatement;
import org.institute.licensing.Execution;
import org.institute.licensing.InboxPage;
import org.institute.licensing.LicenceDeals;
import org.institute.licensing.NewPayment;
import org.institute.licensing.PaymentView;

/**
 * The licence deals facade: each call one transaction, handed to the workflow ({@link
 * DealWorkflowService}), the payments ({@link DealPaymentService}) or the read model ({@link
 * DealReadModel}).
 */
@ApplicationScoped
@Transactional
class LicenceDealService implements LicenceDeals {

  @Inject private DealWorkflowService workflow;
  @Inject private DealPaymentService payments;
  @Inject private DealReadModel readModel;

  @Override
  public DealView create(DealTerms terms) {
    return workflow.create(terms);
  }

  @Override
  public DealView revise(long id, long expectedVersion, DealTerms terms) {
    return workflow.revise(id, expectedVersion, terms);
  }

  @Override
  public Optional<DealView> find(long id) {
    return readModel.find(id);
  }

  @Override
  public DealPage list(DealQuery query, int offset, int limit) {
    return readModel.list(query, offset, limit);
  }

  @Override
  public org.institute.licensing.DealPipeline pipeline(DealQuery query, int offset, int limit) {
    return readModel.pipeline(query, offset, limit);
  }

  @Override
  public org.institute.core.Slice<DealRow> slice(
      DealQuery query, org.institute.core.PageRequest page) {
    return readModel.slice(query, page);
  }

  @Override
  public Map<DealState, Long> countByState() {
    return readModel.countByState();
  }

  @Override
  public InboxPage inbox(int offset, int limit) {
    return readModel.inbox(offset, limit);
  }

  @Override
  public org.institute.core.Slice<org.institute.licensing.InboxRow> inbox(
      org.institute.core.PageRequest page) {
    return readModel.inbox(page);
  }

  @Override
  public DealView submit(long id, String comment) {
    return workflow.submit(id, comment);
  }

  @Override
  public DealView consent(long id, String comment) {
    return workflow.consent(id, comment);
  }

  @Override
  public DealView approve(long id, String comment, String councilResolution) {
    return workflow.approve(id, comment, councilResolution);
  }

  @Override
  public DealView reject(long id, String reason) {
    return workflow.reject(id, reason);
  }

  @Override
  public DealView requestChanges(long id, String reason) {
    return workflow.requestChanges(id, reason);
  }

  @Override
  public DealView execute(long id, Execution execution) {
    return workflow.execute(id, execution);
  }

  @Override
  public DealView terminate(long id, String reason) {
    return workflow.terminate(id, reason);
  }

  @Override
  public PaymentView recordPayment(long dealId, NewPayment payment) {
    return payments.recordPayment(dealId, payment);
  }

  @Override
  public PaymentView voidPayment(long dealId, long paymentId, String reason) {
    return payments.voidPayment(dealId, paymentId, reason);
  }

  @Override
  public List<PaymentView> payments(long dealId) {
    return payments.payments(dealId);
  }

  @Override
  public DistributionStatement distribution(long dealId) {
    return payments.distribution(dealId);
  }

  @Override
  public Optional<SignedAgreement> signedAgreement(long dealId) {
    return readModel.signedAgreement(dealId);
  }
}
