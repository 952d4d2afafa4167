package org.institute.partners;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A partner's profile: its summary, contact points, name history, the version to edit against, and
 * what the caller may do with it.
 */
public record PartnerDetails(
    PartnerSummary partner,
    List<ContactPoint> contacts,
    List<PartnerName> nameHistory,
    Instant createdAt,
    long version,
    Set<PartnerAction> allowedActions)
    implements Serializable {

  public PartnerDetails {
    contacts = List.copyOf(contacts);
    nameHistory = List.copyOf(nameHistory);
    allowedActions = Set.copyOf(allowedActions);
  }

  public boolean allows(PartnerAction action) {
    return allowedActions.contains(action);
  }
}
