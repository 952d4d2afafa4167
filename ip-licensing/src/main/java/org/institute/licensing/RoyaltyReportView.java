package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A royalty report with every version filed, the first first; the last is in force. Amounts are in
 * the deal's currency. Each version says what it owes: the royalty by tier, the true-up to the
 * annual minimum (in the period that closes the licence year), the total due and the change from
 * the version it amended. The review (docs/decisions/0101): its state, the version accepted, the
 * questions asked with their answers, and the invoices and credit notes issued.
 */
public record RoyaltyReportView(
    long id,
    long dealId,
    String dealTitle,
    String dealTitleZh,
    int licenceYear,
    int quarter,
    LocalDate periodStart,
    LocalDate periodEnd,
    boolean closesYear,
    String currency,
    List<Version> versions,
    ReviewState reviewState,
    Integer acceptedVersion,
    String acceptedBy,
    Instant acceptedAt,
    List<Query> queries,
    List<InvoiceRef> invoices,
    Set<RoyaltyReportAction> allowedActions)
    implements Serializable {

  public RoyaltyReportView {
    versions = List.copyOf(versions);
    queries = List.copyOf(queries);
    invoices = List.copyOf(invoices);
    allowedActions =
        Collections.unmodifiableSet(
            allowedActions.isEmpty()
                ? EnumSet.noneOf(RoyaltyReportAction.class)
                : EnumSet.copyOf(allowedActions));
  }

  /** The version in force: the latest. */
  public Version current() {
    return versions.get(versions.size() - 1);
  }

  public boolean amended() {
    return versions.size() > 1;
  }

  /** The deal's title for a reader of {@code languageTag}. */
  public String dealTitle(String languageTag) {
    return org.institute.core.BilingualText.in(dealTitle, dealTitleZh, languageTag);
  }

  /** One filing: who filed it and when, its lines and what it owes. */
  public record Version(
      int number,
      String filedBy,
      Instant filedAt,
      String note,
      List<NewRoyaltyReport.SalesLine> lines,
      BigDecimal netSales,
      List<TierLine> tiers,
      BigDecimal royalty,
      BigDecimal trueUp,
      BigDecimal due,
      BigDecimal change)
      implements Serializable {

    public Version {
      lines = List.copyOf(lines);
      tiers = List.copyOf(tiers);
    }
  }

  /** The part of the net sales at one rate and its royalty. */
  public record TierLine(
      BigDecimal fromNetSales, BigDecimal ratePercent, BigDecimal sales, BigDecimal royalty)
      implements Serializable {}

  /** The open query, if any: the last one, unanswered. */
  public Query openQuery() {
    return queries.stream().filter(q -> q.answeredAt() == null).findFirst().orElse(null);
  }

  /** A licensing admin's question about a version and the licensee's answer. */
  public record Query(
      int index,
      int aboutVersion,
      String askedBy,
      Instant askedAt,
      String question,
      String answeredBy,
      Instant answeredAt,
      String answer,
      Integer answerVersion)
      implements Serializable {}

  /** An invoice or credit note of the report. */
  public record InvoiceRef(
      long id, String number, InvoiceKind kind, LocalDate issueDate, BigDecimal amount)
      implements Serializable {}
}
