package org.institute.partners;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A partner's profile: its summary, contact points, name history and the version to edit against.
 */
public record PartnerDetails(
    PartnerSummary partner,
    List<ContactPoint> contacts,
    List<PartnerName> nameHistory,
    Instant createdAt,
    long version)
    implements Serializable {

  public PartnerDetails {
    contacts = List.copyOf(contacts);
    nameHistory = List.copyOf(nameHistory);
  }
}
