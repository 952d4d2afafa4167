package org.institute.licensing.domain;

import java.util.List;
import java.util.Optional;
import org.institute.core.Scope;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealRow;
import org.institute.licensing.DealState;

public interface DealRepository {
  LicenceDeal add(LicenceDeal deal);

  Optional<LicenceDeal> find(long id);

  /**
   * Bumps the deal's version at flush and flushes now, so that of two transactions changing the
   * same deal exactly one commits; the other fails here with an optimistic-lock exception.
   */
  void flushWithNewVersion(LicenceDeal deal);

  /**
   * Deal rows (licensee names left empty), within the scope, in the query's order and then by id.
   * The query's search text matches a title, a deal number, or a deal whose licensee or licensor is
   * one of {@code partnersNamed} (the partners whose names the text matches).
   */
  List<DealRow> rows(
      DealQuery query, java.util.Set<Long> partnersNamed, Scope scope, int offset, int limit);

  long count(DealQuery query, java.util.Set<Long> partnersNamed, Scope scope);

  /**
   * A page of deal rows read by keyset (decision 0095): the rows of {@link #rows} strictly after
   * the request's cursor in the query's order (sort key, then id), at most its limit, the cursor
   * after the last row when more follow, and the count of every match when the request asks for it.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code cursor} when the cursor was
   *     written for another order or its key cannot be read
   */
  org.institute.core.Slice<DealRow> slice(
      DealQuery query,
      java.util.Set<Long> partnersNamed,
      Scope scope,
      org.institute.core.PageRequest page);

  java.util.Map<DealState, Long> countByState(Scope scope);

  /**
   * Deals in review an admin could approve, or deals waiting for a partner's consent; each row says
   * whether it waits for that partner's consent.
   */
  List<InboxEntry> inbox(
      boolean admin, Long consentingPartner, String excludeSubmitter, int offset, int limit);

  /** A deal of an inbox, and whether it waits for the consenting partner's consent. */
  record InboxEntry(DealRow row, boolean awaitsConsent) {}

  /** The order of an inbox: what has waited longest first (the last change, then the id). */
  org.institute.core.ListSort INBOX_ORDER = org.institute.core.ListSort.ascending("updatedAt");

  /**
   * The same inbox read by keyset (decision 0125): the entries after the page's cursor in {@link
   * #INBOX_ORDER}, counted only when the page asks for the exact total.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code cursor} for a cursor of
   *     another order or one whose key does not read
   */
  org.institute.core.Slice<InboxEntry> inbox(
      boolean admin,
      Long consentingPartner,
      String excludeSubmitter,
      org.institute.core.PageRequest page);

  long inboxCount(boolean admin, Long consentingPartner, String excludeSubmitter);

  /** The deals licensed to the partner, in any state. */
  List<LicenceDeal> ofLicensee(long licenseeId);

  /**
   * The ids of the executed deals whose term has begun by {@code today} (what {@link
   * LicenceDeal#activateIfDue} activates), the lowest first, at most {@code limit}; loads no deal.
   */
  List<Long> idsToActivate(java.time.LocalDate today, int limit);

  /**
   * The ids of the active deals whose term ended before {@code today} (what {@link
   * LicenceDeal#expireIfDue} expires), the lowest first, at most {@code limit}; loads no deal.
   */
  List<Long> idsToExpire(java.time.LocalDate today, int limit);

  /**
   * The signed deals in a state with their signing day and term, the lowest id first, at most
   * {@code limit}: what the reminders need to place each deal's reporting periods, read without
   * loading the deals (a read over every deal that loaded them would keep thousands in memory and
   * check them all before each further query).
   */
  List<ReportingTerms> signedTermsInState(DealState state, int limit);

  /** A signed deal's id, signing day and term. */
  record ReportingTerms(
      long dealId,
      java.time.LocalDate signingDate,
      java.time.LocalDate termStart,
      java.time.LocalDate termEnd) {}
}
