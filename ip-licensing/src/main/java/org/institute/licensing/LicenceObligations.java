package org.institute.licensing;

import java.time.LocalDate;
import java.util.List;

/**
 * Obligations of executed licence deals (decision 0014), within the caller's scope like the deals
 * themselves: partner staff see those of deals their partner licenses or is licensed under.
 */
public interface LicenceObligations {

  /** The deal's obligations, by due date. */
  List<ObligationView> ofDeal(long dealId);

  /**
   * Obligations of every deal in scope; each filter optional, {@code from}/{@code to} bound the due
   * date.
   */
  ObligationPage list(ObligationStatus status, LocalDate from, LocalDate to, int offset, int limit);

  /** Waives an open obligation (admins, with a reason). */
  ObligationView waive(long dealId, long obligationId, String reason);
}
