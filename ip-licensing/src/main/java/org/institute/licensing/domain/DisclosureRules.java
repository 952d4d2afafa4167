package org.institute.licensing.domain;

import java.util.ArrayList;
import java.util.List;
import org.institute.core.Violation;
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
    problems.addAll(InventorsCheck.violations(d.inventors()));
    return problems;
  }
}
