package org.institute.core;

import java.io.Serializable;
import java.time.LocalDate;

/** What an import did: rows read, rates added, rates corrected, rates already there as given. */
public record FxImportResult(
    int rows, int added, int corrected, int unchanged, LocalDate firstDate, LocalDate lastDate)
    implements Serializable {}
