package org.institute.licensing;

import java.io.Serializable;
import java.util.List;

/** A page of obligations, soonest due first, and how many match in all. */
public record ObligationPage(List<ObligationView> obligations, long total, int offset, int limit)
    implements Serializable {}
