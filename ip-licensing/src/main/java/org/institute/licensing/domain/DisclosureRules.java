package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.institute.core.Violation;
import org.institute.licensing.Inventor;
import org.institute.licensing.NewDisclosure;

/**
 * Field rules of a disclosure: a title (the Chinese one optional), an abstract, and inventors whose
 * contributions sum to exactly 100 %.
 */
public final class DisclosureRules {
  private DisclosureRules() {}

  public static List<Violation> violations(NewDisclosure d) {
    List<Violation> problems = new ArrayList<>();
    if (d == null) {
      problems.add(new Violation(null, "request.bodyRequired"));
      return problems;
    }
    if (d.title() == null || d.title().isBlank()) {
      problems.add(new Violation("title", "field.required"));
    } else if (d.title().length() > 300) {
      problems.add(new Violation("title", "field.tooLong"));
    }
    if (d.titleZh() != null && d.titleZh().length() > 300) {
      problems.add(new Violation("titleZh", "field.tooLong"));
    }
    if (d.abstractText() == null || d.abstractText().isBlank()) {
      problems.add(new Violation("abstractText", "field.required"));
    } else if (d.abstractText().length() > 4000) {
      problems.add(new Violation("abstractText", "field.tooLong"));
    }
    if (d.researchProject() != null && d.researchProject().length() > 200) {
      problems.add(new Violation("researchProject", "field.tooLong"));
    }
    if (d.inventors().isEmpty()) {
      problems.add(new Violation("inventors", "licensing.disclosure.inventors.required"));
      return problems;
    }
    if (d.inventors().size() > 30) {
      problems.add(new Violation("inventors", "licensing.disclosure.inventors.tooMany"));
      return problems;
    }
    BigDecimal sum = BigDecimal.ZERO;
    boolean contributionsValid = true;
    for (int i = 0; i < d.inventors().size(); i++) {
      Inventor inv = d.inventors().get(i);
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
