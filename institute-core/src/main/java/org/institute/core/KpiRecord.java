package org.institute.core;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One record behind a KPI figure: its type (e.g. {@code project}), id, a label to show, the date it
 * counts by, what it adds to the figure, and a short detail line.
 */
public record KpiRecord(
    String type, long id, String label, LocalDate date, long contributes, String detail)
    implements Serializable {}
