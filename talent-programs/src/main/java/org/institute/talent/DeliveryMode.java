package org.institute.talent;

/** Where a session takes place. */
public enum DeliveryMode {
  SINGAPORE_CAMPUS,
  CHONGQING_BASE,
  ONLINE
}
