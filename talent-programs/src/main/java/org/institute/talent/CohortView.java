package org.institute.talent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.institute.core.BilingualText;

/**
 * A cohort with its programme's names and its counts. {@code fee} is formatted with its currency
 * ("SGD 2,800.00"); {@code feeAmount} and {@code feeCurrency} carry the same for machines.
 */
public record CohortView(
    long id,
    long programmeId,
    String programmeCode,
    String programmeTitleEn,
    String programmeTitleZh,
    ProgrammeKind programmeKind,
    String name,
    String nameZh,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate applicationsOpen,
    LocalDate applicationsClose,
    int capacity,
    String fee,
    String feeAmount,
    String feeCurrency,
    CohortStatus status,
    int enrolled,
    long waitlisted,
    Set<CohortAction> allowedActions)
    implements Serializable {

  public CohortView {
    allowedActions = Actions.copy(allowedActions);
  }

  /** Whether the caller may take this action on the cohort. */
  public boolean allows(CohortAction action) {
    return allowedActions.contains(action);
  }

  /** The cohort's name for a reader of {@code language}: the Chinese one when stored. */
  public String name(String language) {
    return BilingualText.in(name, nameZh, language);
  }

  /** The programme's title for a reader of {@code language}: the Chinese one when stored. */
  public String programmeTitle(String language) {
    return BilingualText.in(programmeTitleEn, programmeTitleZh, language);
  }

  /** Seats taken as a percentage of capacity, 0 to 100. */
  public int fillPercent() {
    return capacity == 0 ? 100 : Math.min(100, enrolled * 100 / capacity);
  }

  public int seatsLeft() {
    return Math.max(0, capacity - enrolled);
  }
}
