package org.institute.partners;

import java.util.Optional;
import org.institute.core.PartnerId;

/** The partner directory as the portal and the API use it: search, profiles and admins' edits. */
public interface PartnerRegistry {

  /** Every signed-in user may browse the directory. */
  PartnerPage search(PartnerQuery query, int firstResult, int maxResults);

  Optional<PartnerDetails> details(PartnerId id);

  /** Admins only; audited; refuses a stale version with a conflict. */
  PartnerDetails change(PartnerId id, PartnerChanges changes);
}
