package org.institute.licensing.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.licensing.DealAction;
import org.institute.licensing.PaymentAction;

/**
 * Who may take which step of a licence deal now: first the workflow must have the move from the
 * deal's state ({@link DealTransitions}), then the actor must have a part in it, then the step's
 * rules of order must hold (four eyes, consents before approval, one approval per admin). The deal
 * asks it before every step and the application for the steps a view offers, so the two never
 * disagree. What a step is given (terms, comments, dates) each step checks itself.
 */
public final class DealPolicy {

  /** The steps a person may be offered; creating, activating and expiring are not among them. */
  private static final Set<DealAction> OFFERED =
      EnumSet.complementOf(EnumSet.of(DealAction.CREATE, DealAction.ACTIVATE, DealAction.EXPIRE));

  private DealPolicy() {}

  /** The steps the actor may take on the deal now. */
  public static Set<DealAction> allowed(Actor actor, LicenceDeal deal) {
    Set<DealAction> allowed = EnumSet.noneOf(DealAction.class);
    for (DealAction action : OFFERED) {
      if (refusal(action, actor, deal).isEmpty()) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  /**
   * Refuses the step unless the actor may take it now.
   *
   * @throws ConflictException when the deal's state (or its round of review) does not allow it
   * @throws AccessRefusedException when the actor has no part in it
   */
  public static void require(DealAction action, Actor actor, LicenceDeal deal) {
    Optional<RuntimeException> refused = refusal(action, actor, deal);
    if (refused.isPresent()) {
      throw refused.get();
    }
  }

  /** What the actor may do to a recorded payment now. */
  public static Set<PaymentAction> allowed(Actor actor, Payment payment) {
    Set<PaymentAction> allowed = EnumSet.noneOf(PaymentAction.class);
    for (PaymentAction action : PaymentAction.values()) {
      if (refusal(action, actor, payment).isEmpty()) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  /**
   * Refuses the action on the payment unless the actor may take it now: voiding is for admins, and
   * once.
   *
   * @throws AccessRefusedException when the actor may not
   * @throws ConflictException when the payment is voided already
   */
  public static void require(PaymentAction action, Actor actor, Payment payment) {
    Optional<RuntimeException> refused = refusal(action, actor, payment);
    if (refused.isPresent()) {
      throw refused.get();
    }
  }

  private static Optional<RuntimeException> refusal(
      PaymentAction action, Actor actor, Payment payment) {
    return switch (action) {
      case VOID -> {
        if (!actor.admin()) {
          yield refused("voiding payments: admins only");
        }
        yield payment.isVoided() ? conflict("licensing.payment.alreadyVoided") : allowed();
      }
    };
  }

  /**
   * Whether the actor handles deals of these licensors: an admin, or staff of one of them. Drafts,
   * revisions, submissions, executions and payments are theirs.
   */
  public static boolean handles(Actor actor, Set<Long> licensors) {
    return actor.admin() || (actor.partnerId() != null && licensors.contains(actor.partnerId()));
  }

  static void requireHandles(Actor actor, Set<Long> licensors) {
    if (!handles(actor, licensors)) {
      throw new AccessRefusedException("only an admin or staff of a licensor handle the deal");
    }
  }

  private static Optional<RuntimeException> refusal(
      DealAction action, Actor actor, LicenceDeal deal) {
    if (action == DealAction.RECORD_PAYMENT) {
      return payment(actor, deal);
    }
    if (!DealTransitions.allowed(action, deal.state())) {
      return conflict(
          "The deal is " + deal.state() + " now; " + action + " is not possible in that state.");
    }
    return switch (action) {
      case REVISE, SUBMIT, EXECUTE ->
          handles(actor, deal.licensorIds())
              ? allowed()
              : refused("only an admin or staff of a licensor handle the deal");
      case CONSENT ->
          deal.review().pendingConsentOf(actor).isPresent()
              ? allowed()
              : refused("consent: only staff of a co-owner whose consent is pending");
      case APPROVE -> approval(actor, deal);
      case REJECT -> actor.admin() ? allowed() : refused("reject: admins only");
      case TERMINATE -> actor.admin() ? allowed() : refused("terminate: admins only");
      case REQUEST_CHANGES ->
          actor.admin() || deal.review().pendingConsentOf(actor).isPresent()
              ? allowed()
              : refused("request changes: admins or a co-owner asked for consent");
      default -> allowed(); // activation and expiry are the system's, on the term's dates
    };
  }

  private static Optional<RuntimeException> approval(Actor actor, LicenceDeal deal) {
    if (!actor.admin()) {
      return refused("approve: admins only");
    }
    if (actor.username().equals(deal.review().submittedBy())) {
      return refused("approve: the submitter may not approve (four eyes)");
    }
    if (actor.username().equals(deal.createdBy())) {
      return refused("approve: the drafter may not approve (four eyes)");
    }
    if (!deal.review().pendingConsents().isEmpty()) {
      return conflict("The deal still waits for the co-owners' consent.");
    }
    if (deal.review().approvedBy().contains(actor.username())) {
      return conflict("You have approved this deal already; another admin must approve it.");
    }
    if (deal.review().adminApprovalsComplete()
        && deal.review().pendingRolesHeldBy(actor).isEmpty()) {
      return conflict(
          "The deal now waits only for the approval of a holder of "
              + String.join(", ", deal.review().pendingRoleCodes())
              + "; you hold none of these roles.");
    }
    return allowed();
  }

  private static Optional<RuntimeException> payment(Actor actor, LicenceDeal deal) {
    if (!handles(actor, deal.licensorIds())) {
      return refused("recording payments: admins or licensor staff");
    }
    if (!deal.state().acceptsPayments()) {
      return conflict(
          "The deal is " + deal.state() + "; payments are recorded once it is executed.");
    }
    return allowed();
  }

  private static Optional<RuntimeException> allowed() {
    return Optional.empty();
  }

  private static Optional<RuntimeException> refused(String what) {
    return Optional.of(new AccessRefusedException(what));
  }

  private static Optional<RuntimeException> conflict(String message) {
    return Optional.of(new ConflictException(message));
  }
}
