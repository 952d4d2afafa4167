package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A licensee filed a royalty report for a period, or amended one ({@code version} above 1).
 * Published (CDI event) inside the transaction of the filing. Amounts are in the deal's currency:
 * the period's net sales, the royalty by tier, the true-up to the annual minimum and the total due.
 */
public record RoyaltyReportFiled(
    long reportId,
    long dealId,
    long licenseeId,
    int licenceYear,
    int quarter,
    LocalDate periodStart,
    LocalDate periodEnd,
    int version,
    String currency,
    BigDecimal netSales,
    BigDecimal royalty,
    BigDecimal trueUp,
    BigDecimal due,
    Instant filedAt)
    implements Serializable {}
