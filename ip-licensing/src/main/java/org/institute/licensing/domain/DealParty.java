package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import org.institute.licensing.DealState;

/**
 * What a party's row of a deal carries (lic_deal_party, decision 0110): the deal's state and last
 * change, copied there for each licensee and licensor so that a partner's list of deals is read
 * from one index on (partner, state, last change, deal) instead of searched among every deal.
 */
@Embeddable
public class DealParty {

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 32)
  private DealState state;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected DealParty() {}

  DealParty(DealState state, Instant updatedAt) {
    this.state = state;
    this.updatedAt = updatedAt;
  }

  public DealState state() {
    return state;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DealParty p && p.state == state && Objects.equals(p.updatedAt, updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, updatedAt);
  }
}
