package org.institute.records;

import java.io.Serializable;

/**
 * Adds a unit of the headquarters: a code such as {@code B2-301}, a label, its area and its use.
 */
public record NewSpaceUnit(String code, String name, Integer areaSqm, SpaceUse use)
    implements Serializable {}
