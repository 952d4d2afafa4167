package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.institute.licensing.DealTerms;
import org.institute.licensing.MilestoneTerm;
import org.institute.licensing.ObligationKind;

/**
 * The obligations an executed deal's terms create (decision 0014): each milestone payment with a
 * due date and an amount, on that date, and, when the deal bears a royalty, a royalty report for
 * every contract year, due {@link #REPORT_DAYS_AFTER_YEAR} days after the year ends. Contract years
 * run from the later of the signing date and the term's start; the last one is cut at the term's
 * end.
 */
public final class ObligationSchedule {

  public static final int REPORT_DAYS_AFTER_YEAR = 60;

  /** One obligation as the terms define it; {@code key} is stable for the deal. */
  public record Planned(
      String key,
      ObligationKind kind,
      String description,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate due,
      BigDecimal amount) {}

  private ObligationSchedule() {}

  public static List<Planned> of(DealTerms terms, LocalDate signingDate) {
    List<Planned> planned = new ArrayList<>();
    List<MilestoneTerm> milestones = terms.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      MilestoneTerm m = milestones.get(i);
      if (m.dueDate() == null || m.amount() == null || m.amount().signum() <= 0) {
        // triggered by an event without a date, or nothing to pay: no dated obligation to track
        continue;
      }
      planned.add(
          new Planned(
              "M" + (i + 1),
              ObligationKind.MILESTONE_PAYMENT,
              m.event(),
              null,
              null,
              m.dueDate(),
              m.amount()));
    }
    if (terms.royaltyPercent() != null && terms.royaltyPercent().signum() > 0) {
      LocalDate start = terms.termStart().isAfter(signingDate) ? terms.termStart() : signingDate;
      for (int year = 1; year <= 100; year++) {
        LocalDate from = start.plusYears(year - 1);
        if (from.isAfter(terms.termEnd())) {
          break;
        }
        LocalDate to = start.plusYears(year).minusDays(1);
        if (to.isAfter(terms.termEnd())) {
          to = terms.termEnd();
        }
        planned.add(
            new Planned(
                "R" + year,
                ObligationKind.ROYALTY_REPORT,
                "Royalty report, contract year " + year,
                from,
                to,
                to.plusDays(REPORT_DAYS_AFTER_YEAR),
                null));
      }
    }
    planned.sort(Comparator.comparing(Planned::due).thenComparing(Planned::key));
    return planned;
  }
}
