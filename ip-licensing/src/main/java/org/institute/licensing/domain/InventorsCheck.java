package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.institute.core.Violation;
import org.institute.licensing.Inventor;

/**
 * The inventors of a disclosure or a patent family: one to thirty, each named, with a partner, a
 * valid ORCID iD when one is given, and a positive contribution (up to four decimals); together the
 * contributions make exactly 100 %. One home for the rule: disclosures and families both ask it.
 */
public final class InventorsCheck {

  private InventorsCheck() {}

  public static List<Violation> violations(List<Inventor> inventors) {
    List<Violation> problems = new ArrayList<>();
    if (inventors == null) {
      problems.add(new Violation("inventors", "licensing.disclosure.inventors.required"));
      return problems;
    }
    if (inventors.isEmpty()) {
      problems.add(new Violation("inventors", "licensing.disclosure.inventors.required"));
      return problems;
    }
    if (inventors.size() > 30) {
      problems.add(new Violation("inventors", "licensing.disclosure.inventors.tooMany"));
      return problems;
    }
    BigDecimal sum = BigDecimal.ZERO;
    boolean contributionsValid = true;
    for (int i = 0; i < inventors.size(); i++) {
      Inventor inv = inventors.get(i);
      String field = "inventors[" + i + "]";
      if (inv == null) {
        problems.add(new Violation(field, "field.required"));
        contributionsValid = false;
        continue;
      }
      if (inv.name() == null || inv.name().isBlank()) {
        problems.add(new Violation(field + ".name", "field.required"));
      } else if (inv.name().length() > 200) {
        problems.add(new Violation(field + ".name", "field.tooLong"));
      }
      if (inv.partnerId() <= 0) {
        problems.add(new Violation(field + ".partnerId", "partner.unknown"));
      }
      if (inv.orcid() != null
          && !inv.orcid().isBlank()
          && org.institute.core.Orcid.parse(inv.orcid()).isEmpty()) {
        problems.add(new Violation(field + ".orcid", "orcid.invalid"));
      }
      if (inv.contribution() == null
          || inv.contribution().signum() <= 0
          || inv.contribution().compareTo(SharesCheck.HUNDRED) > 0
          || inv.contribution().stripTrailingZeros().scale() > 4) {
        problems.add(
            new Violation(field + ".contribution", "licensing.disclosure.contribution.invalid"));
        contributionsValid = false;
      } else {
        sum = sum.add(inv.contribution());
      }
    }
    if (contributionsValid && sum.compareTo(SharesCheck.HUNDRED) != 0) {
      problems.add(new Violation("inventors", "licensing.disclosure.contributions.sum"));
    }
    return problems;
  }
}
