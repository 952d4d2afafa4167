package org.institute.records;

import java.io.Serializable;

/**
 * Committed, disbursed and spent for one group: a funder (key: partner id), a centre (key: centre
 * code, or "none"), a year, or everything (key "all"). By year, a commitment counts in the year its
 * period starts, and a disbursement or expenditure in the year of its date.
 */
public record FundingRow(
    String key, FundsColumns committed, FundsColumns disbursed, FundsColumns spent)
    implements Serializable {}
