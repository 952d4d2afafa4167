package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.institute.core.Violation;
import org.institute.licensing.Share;

/** Ownership shares: at least one co-owner, each share positive, and together exactly 100 %. */
public final class SharesCheck {

  static final BigDecimal HUNDRED = new BigDecimal("100");

  private SharesCheck() {}

  public static List<Violation> violations(List<Share> shares) {
    List<Violation> problems = new ArrayList<>();
    if (shares == null || shares.isEmpty()) {
      problems.add(new Violation("owners", "licensing.shares.required"));
      return problems;
    }
    if (shares.size() > 20) {
      problems.add(new Violation("owners", "licensing.shares.tooMany"));
      return problems;
    }
    Set<Long> partners = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < shares.size(); i++) {
      Share share = shares.get(i);
      String field = "owners[" + i + "]";
      if (share == null || share.percent() == null) {
        problems.add(new Violation(field + ".percent", "field.required"));
        continue;
      }
      if (share.partnerId() <= 0) {
        problems.add(new Violation(field + ".partnerId", "partner.unknown"));
      } else if (!partners.add(share.partnerId())) {
        problems.add(new Violation(field + ".partnerId", "licensing.shares.duplicate"));
      }
      if (share.percent().signum() <= 0
          || share.percent().compareTo(HUNDRED) > 0
          || share.percent().stripTrailingZeros().scale() > 4) {
        problems.add(new Violation(field + ".percent", "licensing.shares.invalid"));
      } else {
        sum = sum.add(share.percent());
      }
    }
    if (problems.isEmpty() && sum.compareTo(HUNDRED) != 0) {
      problems.add(new Violation("owners", "licensing.shares.sum"));
    }
    return problems;
  }
}
