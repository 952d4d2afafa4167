package org.institute.licensing;

import java.io.Serializable;
import java.util.List;

/** A page of disclosures and how many the search found in all. */
public record DisclosurePage(List<DisclosureView> disclosures, long total)
    implements Serializable {}
