package org.institute.licensing;

import java.io.Serializable;
import java.util.List;

/** A page of deals and how many match in all. */
public record DealPage(List<DealRow> deals, long total, int offset, int limit)
    implements Serializable {}
