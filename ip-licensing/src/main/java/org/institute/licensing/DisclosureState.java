package org.institute.licensing;

/**
 * Where an invention disclosure stands in the IP office's review. ACCEPTED and DECLINED are final.
 */
public enum DisclosureState {
  SUBMITTED,
  CHANGES_REQUESTED,
  ACCEPTED,
  DECLINED
}
