package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.institute.core.AccountView;
import org.institute.core.Accounts;
import org.institute.core.Mailer;
import org.institute.core.PartnerId;
import org.institute.core.Recipients;
import org.institute.core.Role;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealState;
import org.institute.licensing.domain.LicenceDeal;

/**
 * Tells the next people in line, through the mail outbox in the same transaction: co-owner staff
 * when their consent is needed, admins when a deal waits for approval, the licensor side when a
 * deal was approved, sent back or rejected, and both sides when it was executed or terminated.
 */
@ApplicationScoped
class DealNotifier {

  @Inject private Mailer mailer;
  @Inject private Recipients recipients;
  @Inject private Accounts accounts;

  void after(LicenceDeal deal, DealAction action, String actor) {
    Set<String> to = new LinkedHashSet<>();
    String what;
    switch (action) {
      case SUBMIT, CONSENT -> {
        if (deal.state() == DealState.UNDER_REVIEW
            || (deal.state() == DealState.SUBMITTED && deal.pendingConsents().isEmpty())) {
          to.addAll(recipients.withRole(Role.ADMIN));
          email(deal.submittedBy()).ifPresent(to::remove);
          what = "waits for an admin's approval / 等待管理员审批";
        } else {
          deal.pendingConsents().forEach(p -> to.addAll(recipients.staffOf(new PartnerId(p))));
          what = "needs your partner's consent as co-owner / 需要贵方作为共有人的同意";
        }
      }
      case APPROVE -> {
        if (deal.state() == DealState.APPROVED) {
          deal.licensorIds().forEach(p -> to.addAll(recipients.staffOf(new PartnerId(p))));
          email(deal.submittedBy()).ifPresent(to::add);
          what = "was approved and may be executed / 已获批准，可以签署";
        } else {
          to.addAll(recipients.withRole(Role.ADMIN));
          deal.approvedBy().forEach(a -> email(a).ifPresent(to::remove));
          email(deal.submittedBy()).ifPresent(to::remove);
          what = "needs a second admin's approval / 需要第二位管理员审批";
        }
      }
      case REJECT, REQUEST_CHANGES -> {
        email(deal.submittedBy()).ifPresent(to::add);
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
            + deal.title()
            + "\" "
            + what
            + ".\n"
            + "State / 状态: "
            + deal.state()
            + "\n"
            + "By / 操作人: "
            + actor
            + "\n"
            + "Open / 打开: /app/licensing/deal.xhtml?id="
            + deal.id()
            + "\n";
    to.forEach(address -> mailer.send(address, subject, body));
  }

  private java.util.Optional<String> email(String username) {
    return username == null
        ? java.util.Optional.empty()
        : accounts.find(username).map(AccountView::email);
  }
}
