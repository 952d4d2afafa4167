package org.institute.records;

import java.io.Serializable;
import java.time.LocalDate;

/** A KPI target as set by an admin: what is counted (metric), how many, over which period. */
public record KpiTargetView(
    String code,
    String metric,
    String labelEn,
    String labelZh,
    long target,
    LocalDate periodFrom,
    LocalDate periodTo)
    implements Serializable {}
