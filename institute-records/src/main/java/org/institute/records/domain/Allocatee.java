package org.institute.records.domain;

import org.institute.records.OccupantKind;

/** Who holds an allocation: a centre, a spin-off or a partner, by id. */
public record Allocatee(OccupantKind kind, long id) {}
