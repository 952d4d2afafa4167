package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AccountView;
import org.institute.core.Accounts;
import org.institute.core.Mailer;
import org.institute.core.PartnerId;
import org.institute.core.PublicLinks;
import org.institute.core.Recipients;
import org.institute.core.Role;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealState;
import org.institute.licensing.LicenceDealExecuted;
import org.institute.licensing.LicenceDealTerminated;
import org.institute.licensing.PaymentRecorded;
import org.institute.licensing.PaymentVoided;
import org.institute.licensing.domain.DealRepository;
import org.institute.licensing.domain.LicenceDeal;

/**
 * Tells the next people in line, through the mail outbox in the same transaction: co-owner staff
 * when their consent is needed, admins when a deal waits for approval, the licensor side when a
 * deal was approved, sent back or rejected, both sides when it was executed or terminated (on the
 * events {@link LicenceDealExecuted} and {@link LicenceDealTerminated}), and each co-owner's staff
 * of their part of a payment ({@link PaymentRecorded}) and of its reversal when the payment is
 * voided ({@link PaymentVoided}). The outbox delivers the mails after the commit, once; a rolled
 * back change sends none.
 */
@ApplicationScoped
class DealNotifier {

  @Inject private Mailer mailer;
  @Inject private PublicLinks publicLinks;
  @Inject private Recipients recipients;
  @Inject private Accounts accounts;
  @Inject private DealRepository deals;

  void executed(@Observes(during = TransactionPhase.IN_PROGRESS) LicenceDealExecuted event) {
    after(deals.find(event.dealId()).orElseThrow(), DealAction.EXECUTE, event.executedBy());
  }

  void terminated(@Observes(during = TransactionPhase.IN_PROGRESS) LicenceDealTerminated event) {
    after(deals.find(event.dealId()).orElseThrow(), DealAction.TERMINATE, event.terminatedBy());
  }

  /** Each co-owner's staff hear of their part of the payment; the recorder hears nothing. */
  void paid(@Observes(during = TransactionPhase.IN_PROGRESS) PaymentRecorded event) {
    LicenceDeal deal = deals.find(event.dealId()).orElseThrow();
    toCoOwners(
        deal,
        event.parts(),
        event.recordedBy(),
        "Licence deal #" + deal.id() + " payment received / 许可协议 #" + deal.id() + " 收到付款",
        event.currency()
            + " "
            + event.amount().toPlainString()
            + " received "
            + event.receivedOn()
            + " ("
            + event.purpose()
            + ").",
        "Your part / 贵方份额");
  }

  /**
   * Each co-owner's staff hear that their part of a payment was reversed, and why; the admin who
   * voided it hears nothing.
   */
  void voided(@Observes(during = TransactionPhase.IN_PROGRESS) PaymentVoided event) {
    LicenceDeal deal = deals.find(event.dealId()).orElseThrow();
    toCoOwners(
        deal,
        event.parts(),
        event.voidedBy(),
        "Licence deal #" + deal.id() + " payment voided / 许可协议 #" + deal.id() + " 付款已作废",
        "the payment of "
            + event.currency()
            + " "
            + event.amount().toPlainString()
            + " received "
            + event.receivedOn()
            + " was voided. Reason: "
            + event.reason(),
        "Your part, reversed / 贵方份额已冲回");
  }

  /**
   * Tells each co-owner's staff what happened to a payment and their own part of it, with a link to
   * the deal; the person who acted hears nothing.
   */
  private void toCoOwners(
      LicenceDeal deal,
      List<PaymentRecorded.Part> parts,
      String actor,
      String subject,
      String what,
      String partLabel) {
    Optional<String> actorsEmail = email(actor);
    for (PaymentRecorded.Part part : parts) {
      String body =
          "Licence deal #"
              + deal.id()
              + " \""
              + deal.titles().both()
              + "\": "
              + what
              + "\n"
              + partLabel
              + ": SGD "
              + part.amountSgd().toPlainString()
              + " / CNY "
              + part.amountCny().toPlainString()
              + "\n"
              + "Open / 打开: "
              + publicLinks.to("/app/licensing/deal.xhtml?id=" + deal.id())
              + "\n";
      recipients.staffOf(new PartnerId(part.partnerId())).stream()
          .filter(to -> actorsEmail.map(a -> !a.equals(to)).orElse(true))
          .forEach(to -> mailer.send(to, subject, body));
    }
  }

  /** After a step of the workflow: tells whoever is next in line, except the actor. */
  void after(LicenceDeal deal, DealAction action, String actor) {
    Set<String> to = new LinkedHashSet<>();
    String what;
    switch (action) {
      case SUBMIT, CONSENT -> {
        if (deal.state() == DealState.UNDER_REVIEW
            || (deal.state() == DealState.SUBMITTED && deal.review().pendingConsents().isEmpty())) {
          to.addAll(recipients.withRole(Role.ADMIN));
          email(deal.review().submittedBy()).ifPresent(to::remove);
          what = "waits for an admin's approval / 等待管理员审批";
        } else {
          deal.review()
              .pendingConsents()
              .forEach(p -> to.addAll(recipients.staffOf(new PartnerId(p))));
          what = "needs your partner's consent as co-owner / 需要贵方作为共有人的同意";
        }
      }
      case APPROVE -> {
        if (deal.state() == DealState.APPROVED) {
          deal.licensorIds().forEach(p -> to.addAll(recipients.staffOf(new PartnerId(p))));
          email(deal.review().submittedBy()).ifPresent(to::add);
          what = "was approved and may be executed / 已获批准，可以签署";
        } else {
          to.addAll(recipients.withRole(Role.ADMIN));
          deal.review().approvedBy().forEach(a -> email(a).ifPresent(to::remove));
          email(deal.review().submittedBy()).ifPresent(to::remove);
          what = "needs another admin's approval / 需要另一位管理员审批";
        }
      }
      case REJECT, REQUEST_CHANGES -> {
        email(deal.review().submittedBy()).ifPresent(to::add);
        deal.licensorIds().forEach(p -> to.addAll(recipients.staffOf(new PartnerId(p))));
        what =
            action == DealAction.REJECT
                ? "was rejected / 已被拒绝"
                : "was sent back for changes / 已退回修改";
      }
      case EXECUTE, TERMINATE -> {
        deal.licensorIds().forEach(p -> to.addAll(recipients.staffOf(new PartnerId(p))));
        to.addAll(recipients.staffOf(new PartnerId(deal.licenseeId())));
        to.addAll(recipients.withRole(Role.ADMIN));
        what = action == DealAction.EXECUTE ? "was executed / 已签署" : "was terminated / 已终止";
      }
      default -> {
        return;
      }
    }
    email(actor).ifPresent(to::remove);
    String subject = "Licence deal #" + deal.id() + " " + what;
    String body =
        "Licence deal #"
            + deal.id()
            + " \""
            + deal.titles().both()
            + "\" "
            + what
            + ".\n"
            + "State / 状态: "
            + deal.state()
            + "\n"
            + "By / 操作人: "
            + actor
            + "\n"
            + "Open / 打开: "
            + publicLinks.to("/app/licensing/deal.xhtml?id=" + deal.id())
            + "\n";
    to.forEach(address -> mailer.send(address, subject, body));
  }

  private Optional<String> email(String username) {
    return username == null ? Optional.empty() : accounts.find(username).map(AccountView::email);
  }
}
