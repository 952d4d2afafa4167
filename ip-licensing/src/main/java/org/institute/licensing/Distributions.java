package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Who gets the money (issue 19, decision 0107): the institutions' distribution policies, versioned
 * by effective date, and the statements of what payments gave, line by line. Admins save policies;
 * admins, the council and partner staff read them; statements show admins and the council every
 * line and partner staff their own institution's (with its inventors').
 */
public interface Distributions {

  /** The most lines a statement lists. */
  int MAX_LINES = 5_000;

  /** Every saved version, by institution, the latest effective first. */
  List<DistributionPolicyView> policies();

  /**
   * Saves a version (admins); refused beside its field when it would start on or before a day whose
   * payments were already distributed for the institution.
   */
  DistributionPolicyView savePolicy(NewDistributionPolicy policy);

  /**
   * What a recorded payment gave and what it would have given had {@code draft} been the
   * institution's policy on its date (nothing is stored).
   */
  Preview preview(long paymentId, NewDistributionPolicy draft);

  /**
   * The lines of payments not voided, the latest first: of one institution ({@code partnerId}), a
   * deal, an inventor (by name), received in a period; each filter optional. At most {@link
   * #MAX_LINES}.
   */
  List<DistributionLineView> statement(
      Long partnerId, Long dealId, String inventor, LocalDate from, LocalDate to);

  /** The same statement as a PDF in English and Chinese. */
  byte[] statementPdf(Long partnerId, Long dealId, String inventor, LocalDate from, LocalDate to);

  /** A payment's lines as recorded and as a draft policy would make them. */
  record Preview(
      long paymentId, List<DistributionLineView> current, List<DistributionLineView> proposed)
      implements Serializable {}
}
