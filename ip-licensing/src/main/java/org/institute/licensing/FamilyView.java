package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A patent family with its whole ownership history (newest first) and applications. */
public record FamilyView(
    long id,
    long version,
    String reference,
    String title,
    String technologyField,
    LocalDate priorityDate,
    List<OwnershipView> currentOwners,
    List<OwnershipView> ownershipHistory,
    List<ApplicationView> applications,
    List<Deadline> deadlines,
    Set<FamilyAction> allowedActions)
    implements Serializable {

  public FamilyView {
    allowedActions =
        Collections.unmodifiableSet(
            allowedActions.isEmpty()
                ? EnumSet.noneOf(FamilyAction.class)
                : EnumSet.copyOf(allowedActions));
  }
}
