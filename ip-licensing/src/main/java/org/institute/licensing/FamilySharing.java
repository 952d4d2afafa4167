package org.institute.licensing;

import java.io.Serializable;
import java.util.List;

/**
 * What a family's income is shared by (issue 19): whether its costs are recovered first, and its
 * inventors with their institutions and contributions (summing to 100).
 */
public record FamilySharing(CostRecovery costRecovery, List<Inventor> inventors)
    implements Serializable {}
