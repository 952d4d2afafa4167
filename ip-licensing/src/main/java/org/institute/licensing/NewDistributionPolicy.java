package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A new version of an institution's distribution policy (issue 19): from {@code effectiveFrom} on,
 * its tiers decide its inventors' part of its income from each invention.
 */
public record NewDistributionPolicy(
    Long partnerId, LocalDate effectiveFrom, List<DistributionTier> tiers, String note)
    implements Serializable {}
