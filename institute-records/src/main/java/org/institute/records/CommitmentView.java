package org.institute.records;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.PartnerId;

/**
 * A funding commitment with what was committed, disbursed and spent, each three ways. Lists leave
 * {@code movements} empty.
 */
public record CommitmentView(
    long id,
    PartnerId funder,
    Long centreId,
    String centreCode,
    String labelEn,
    String labelZh,
    LocalDate periodFrom,
    LocalDate periodTo,
    LocalDate committedOn,
    FundsColumns committed,
    FundsColumns disbursed,
    FundsColumns spent,
    long version,
    List<FundsMovementView> movements)
    implements Serializable {

  public CommitmentView {
    movements = List.copyOf(movements);
  }

  public String label(String language) {
    return language != null && language.startsWith("zh") && labelZh != null ? labelZh : labelEn;
  }
}
