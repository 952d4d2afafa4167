package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;

/** A date by which something must be filed for a family, derived from its priority date. */
public record Deadline(long familyId, String familyReference, Kind kind, LocalDate due)
    implements Serializable {
  public enum Kind {
    /** The PCT application: 12 months from the priority date. */
    PCT_FILING,
    /** Entry into national phases: 30 months from the priority date. */
    NATIONAL_PHASE
  }
}
