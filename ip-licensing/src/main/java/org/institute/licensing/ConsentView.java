package org.institute.licensing;

import java.io.Serializable;
import java.time.Instant;

/** A co-owner's consent to a submitted deal: pending while {@code givenBy} is null. */
public record ConsentView(long partnerId, String partnerName, String givenBy, Instant givenAt)
    implements Serializable {
  public boolean given() {
    return givenBy != null;
  }
}
