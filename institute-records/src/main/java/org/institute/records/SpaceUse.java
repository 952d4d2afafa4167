package org.institute.records;

/** What a unit of the headquarters is for. */
public enum SpaceUse {
  RD_FACILITY,
  ADMINISTRATION,
  SPIN_OFF,
  /** Meeting rooms, exhibition hall, canteen: used by all, still allocated for events. */
  SHARED
}
