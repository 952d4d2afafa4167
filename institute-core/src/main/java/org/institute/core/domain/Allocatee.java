package org.institute.core.domain;

import org.institute.core.OccupantKind;

/** Who holds an allocation: a centre, a spin-off or a partner, by id. */
public record Allocatee(OccupantKind kind, long id) {}
