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
 * the version it amended.
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
    Set<RoyaltyReportAction> allowedActions)
    implements Serializable {

  public RoyaltyReportView {
    versions = List.copyOf(versions);
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
}
