package org.institute.records;

import java.util.Optional;

/**
 * The institute's spin-off companies. Admins record and change them; the council and auditors read
 * all; partner staff read the spin-offs that came from their partner. Every change is audited.
 */
public interface SpinOffs {

  SpinOffPage spinOffs(SpinOffQuery query, int firstResult, int maxResults);

  /** A spin-off the caller may see; empty also when it exists outside the caller's scope. */
  Optional<SpinOffView> spinOff(long id);

  SpinOffView record(NewSpinOff spinOff);

  SpinOffView change(long id, SpinOffChanges changes);
}
