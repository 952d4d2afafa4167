package org.institute.records;

import java.io.Serializable;

/** A unit of the headquarters. */
public record SpaceUnitView(
    long id, String code, String name, int areaSqm, SpaceUse use, long version)
    implements Serializable {}
