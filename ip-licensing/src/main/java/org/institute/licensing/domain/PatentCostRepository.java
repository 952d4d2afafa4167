package org.institute.licensing.domain;

import java.util.List;

/** The recorded costs of patent families. */
public interface PatentCostRepository {

  PatentCost add(PatentCost cost);

  /** A family's costs, the latest incurred first (the latest recorded first on one day). */
  List<PatentCost> ofFamily(long familyId);

  /** The families' costs incurred on or before the day, in SGD, per family and paying partner. */
  java.util.Map<Long, java.util.Map<Long, java.math.BigDecimal>> sgdByPayer(
      java.util.Collection<Long> familyIds, java.time.LocalDate until);
}
