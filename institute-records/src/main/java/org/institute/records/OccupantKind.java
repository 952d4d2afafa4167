package org.institute.records;

import org.institute.core.KnownPartners;

/** Who a unit of the headquarters is allocated to. */
public enum OccupantKind {
  /** An R&D centre or joint research centre (core). */
  CENTRE,
  /** A spin-off company (core). */
  SPIN_OFF,
  /** A partner (partners module, checked through {@link KnownPartners}). */
  PARTNER
}
