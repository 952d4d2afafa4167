package org.institute.records;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.institute.core.PartnerId;

/**
 * Records a research project. The budget is a decimal amount with its currency (SGD or CNY); a
 * status past {@link ProjectStatus#PROPOSED} needs the council decision that approved it, by its
 * reference such as {@code GC-2020-02}. The partners of the investigators are always involved.
 */
public record NewProject(
    String titleEn,
    String titleZh,
    Long centreId,
    List<Investigator> investigators,
    Set<PartnerId> partners,
    LocalDate startDate,
    LocalDate endDate,
    String budgetAmount,
    String budgetCurrency,
    ProjectStatus status,
    String approvalReference)
    implements Serializable {
  public NewProject {
    investigators = investigators == null ? List.of() : List.copyOf(investigators);
    partners = partners == null ? Set.of() : Set.copyOf(partners);
  }
}
