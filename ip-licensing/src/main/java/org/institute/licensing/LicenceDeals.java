package org.institute.licensing;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Licence deals and their approval workflow. Every method checks the caller's role and data scope:
 * a deal outside the caller's scope is reported as absent ({@link Optional#empty()} or {@link
 * java.util.NoSuchElementException}), never as forbidden. Transitions refuse with {@link
 * org.institute.core.ConflictException} when the deal's state (or version) has moved on.
 */
public interface LicenceDeals {

  DealView create(DealTerms terms);

  DealView revise(long id, long expectedVersion, DealTerms terms);

  Optional<DealView> find(long id);

  /** A page of the deal list by position (the portal's pager and the API's deprecated offset). */
  DealPage list(DealQuery query, int offset, int limit);

  /**
   * A page of the deal list by keyset (decision 0095): the deals after the request's cursor in the
   * query's order, the next cursor, and the exact count only when asked for.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code cursor} for a cursor of
   *     another order, {@code sort} or {@code q} as {@link #list} does
   */
  org.institute.core.Slice<DealRow> slice(DealQuery query, org.institute.core.PageRequest page);

  /** How many deals in the caller's scope are in each state (states without deals are absent). */
  java.util.Map<DealState, Long> countByState();

  /**
   * {@link #countByState} and {@link #list} in one transaction. A query without a search, a partner
   * or dates selects the deals of its state (or all): their count is the page's total, so the deals
   * are not counted twice (decision 0111).
   */
  DealPipeline pipeline(DealQuery query, int offset, int limit);

  /**
   * Deals waiting for the caller: approvals for admins, consents for co-owner staff; by position
   * (the API's deprecated offsets), with the total.
   */
  InboxPage inbox(int offset, int limit);

  /**
   * The same inbox by keyset (decision 0125), what has waited longest first; counted only when the
   * page asks for the exact total.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code cursor}
   */
  org.institute.core.Slice<InboxRow> inbox(org.institute.core.PageRequest page);

  DealView submit(long id, String comment);

  DealView consent(long id, String comment);

  /**
   * Approves without recording the council's resolution ({@link #approve(long, String, String)}).
   */
  default DealView approve(long id, String comment) {
    return approve(id, comment, null);
  }

  /**
   * An admin's approval (decision 0102): the last one the deal needs approves it; where the deal
   * needs the Governing Council's resolution, its reference ({@code councilResolution}, such as "GC
   * 2026/3, item 4") is recorded with an approval, at the latest with the last one.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code councilResolution} when the
   *     last approval comes without the resolution the deal needs
   */
  DealView approve(long id, String comment, String councilResolution);

  DealView reject(long id, String reason);

  DealView requestChanges(long id, String reason);

  DealView execute(long id, Execution execution);

  DealView terminate(long id, String reason);

  PaymentView recordPayment(long dealId, NewPayment payment);

  /**
   * Voids a payment of the deal, with a reason (admins, once): it stays listed with its void, but
   * its split and what it paid towards an obligation are reversed and it counts in no total.
   *
   * @throws org.institute.core.AccessRefusedException when the caller is not an admin
   * @throws org.institute.core.ConflictException when the payment is voided already
   * @throws org.institute.core.InvalidCommandException when the reason ({@code reason}) is missing
   */
  PaymentView voidPayment(long dealId, long paymentId, String reason);

  List<PaymentView> payments(long dealId);

  DistributionStatement distribution(long dealId);

  /** The signed agreement's bytes, within the caller's scope. */
  Optional<SignedAgreement> signedAgreement(long dealId);

  record SignedAgreement(String fileName, byte[] content) implements Serializable {}
}
