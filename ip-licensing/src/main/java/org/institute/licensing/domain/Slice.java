package org.institute.licensing.domain;

import java.util.List;

/** A page of a list and the number of all matching items, read in one statement where possible. */
public record Slice<T>(List<T> items, long total) {}
