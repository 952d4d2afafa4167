package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.institute.core.WaitingWork;
import org.institute.talent.CohortAction;
import org.institute.talent.CohortView;
import org.institute.talent.Programmes;
import org.institute.talent.TalentAction;

/**
 * What waits for the caller in the talent programmes: people on the waitlists of the cohorts the
 * caller manages (those still taking enrolments). Which cohorts those are is the module's policy,
 * as each cohort's view says ({@code MANAGE_ENROLMENTS}).
 */
@ApplicationScoped
public class TalentWaitingWork implements WaitingWork {

  /** Cohorts read per page while looking. */
  static final int COHORTS_LOOKED_AT = 200;

  @Inject private Programmes programmes;

  @Override
  public List<Item> forCaller() {
    if (!programmes.allowedActions().contains(TalentAction.BROWSE_PROGRAMMES)) {
      return List.of();
    }
    List<CohortView> cohorts = new java.util.ArrayList<>();
    for (int offset = 0; ; offset += COHORTS_LOOKED_AT) {
      List<CohortView> page =
          programmes.cohorts(null, "startsOn", offset, COHORTS_LOOKED_AT).items();
      cohorts.addAll(page);
      if (page.size() < COHORTS_LOOKED_AT) {
        break;
      }
    }
    List<CohortView> waiting =
        cohorts.stream()
            .filter(c -> c.status().takesEnrolments())
            .filter(c -> c.allowedActions().contains(CohortAction.MANAGE_ENROLMENTS))
            .filter(c -> c.waitlisted() > 0)
            .toList();
    if (waiting.isEmpty()) {
      return List.of();
    }
    long people = waiting.stream().mapToLong(CohortView::waitlisted).sum();
    String page =
        waiting.size() == 1
            ? "/app/talent/cohort.xhtml?id=" + waiting.get(0).id()
            : "/app/talent/programmes.xhtml";
    return List.of(new Item("home.waiting.waitlisted", people, page));
  }
}
