package org.institute.licensing;

import java.util.List;
import java.util.Optional;

/**
 * Invention disclosures. Partner staff submit them for their partner (whose inventors must be among
 * the inventors); the IP office (admins) accepts one, which creates a patent family owned by the
 * inventors' partners in proportion to their contributions, sends it back for changes, or declines
 * it with a reason. Partner staff see the disclosures their partner submitted or has inventors in.
 */
public interface Disclosures {

  DisclosureView submit(NewDisclosure disclosure);

  /** Resubmits a disclosure sent back for changes. */
  DisclosureView revise(long id, NewDisclosure disclosure);

  Optional<DisclosureView> find(long id);

  List<DisclosureView> list(DisclosureState state, int offset, int limit);

  DisclosureView accept(long id, Acceptance acceptance);

  DisclosureView requestChanges(long id, String reason);

  DisclosureView decline(long id, String reason);
}
