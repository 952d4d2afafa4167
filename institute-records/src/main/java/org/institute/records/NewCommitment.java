package org.institute.records;

import java.io.Serializable;
import java.time.LocalDate;
import org.institute.core.PartnerId;

/**
 * A funder's commitment: a partner, optionally an R&D centre it is for, a bilingual label (such as
 * the phase), the period it covers, the day it was committed (its conversion date) and the amount
 * as decimal text in SGD or CNY.
 */
public record NewCommitment(
    PartnerId funder,
    Long centreId,
    String labelEn,
    String labelZh,
    LocalDate periodFrom,
    LocalDate periodTo,
    LocalDate committedOn,
    String amount,
    String currency)
    implements Serializable {}
