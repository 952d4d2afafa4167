package org.institute.records;

import java.io.Serializable;
import java.time.LocalDate;

/** Sets a target for a metric over a period, e.g. 40 new research projects in 2021-2025. */
public record NewKpiTarget(
    String code,
    String metric,
    String labelEn,
    String labelZh,
    Long target,
    LocalDate periodFrom,
    LocalDate periodTo)
    implements Serializable {}
