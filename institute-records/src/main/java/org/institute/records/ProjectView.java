package org.institute.records;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.institute.core.BilingualText;
import org.institute.core.PartnerId;
import org.institute.licensing.PatentFamilyRef;

/**
 * A research project. The budget is given as amount and currency code; {@code budget} is the two
 * together for display (the currency is always shown). Lists leave {@code investigators} and {@code
 * patentFamilies} empty; one project shows both. Patent families are outputs linked from the IP
 * licensing module's register.
 */
public record ProjectView(
    long id,
    String titleEn,
    String titleZh,
    long centreId,
    String centreCode,
    List<Investigator> investigators,
    Set<PartnerId> partners,
    LocalDate startDate,
    LocalDate endDate,
    BigDecimal budgetAmount,
    String budgetCurrency,
    String budget,
    ProjectStatus status,
    String approvalReference,
    List<PatentFamilyRef> patentFamilies,
    long version)
    implements Serializable {
  public ProjectView {
    investigators = List.copyOf(investigators);
    partners = Set.copyOf(partners);
    patentFamilies = List.copyOf(patentFamilies);
  }

  public String title(String language) {
    return BilingualText.in(titleEn, titleZh, language);
  }
}
