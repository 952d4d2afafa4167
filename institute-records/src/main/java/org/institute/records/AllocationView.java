package org.institute.records;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An allocation of a unit. {@code occupantName} is the centre's or spin-off's English name; null
 * for partners, whose names the web layer resolves. {@code to} is null while open-ended.
 */
public record AllocationView(
    long id,
    long unitId,
    String unitCode,
    int areaSqm,
    OccupantKind occupantKind,
    long occupantId,
    String occupantName,
    LocalDate from,
    LocalDate to,
    String note,
    long version)
    implements Serializable {

  public boolean coversDate(LocalDate date) {
    return !from.isAfter(date) && (to == null || !to.isBefore(date));
  }
}
