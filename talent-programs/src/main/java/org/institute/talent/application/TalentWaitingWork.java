package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.institute.core.WaitingWork;
import org.institute.talent.Programmes;
import org.institute.talent.TalentAction;
import org.institute.talent.Waitlists;

/**
 * What waits for the caller in the talent programmes: people on the waitlists of the cohorts the
 * caller manages (those still taking enrolments). Which cohorts those are is the module's policy
 * ({@code MANAGE_ENROLMENTS}); the people are summed in the database from each cohort's kept
 * waitlist length, so a home page does not read every cohort (decision 0123).
 */
@ApplicationScoped
public class TalentWaitingWork implements WaitingWork {

  @Inject private Programmes programmes;

  @Override
  public List<Item> forCaller() {
    if (!programmes.allowedActions().contains(TalentAction.BROWSE_PROGRAMMES)) {
      return List.of();
    }
    Waitlists waiting = programmes.waitlists();
    if (waiting.people() == 0) {
      return List.of();
    }
    String page =
        waiting.onlyCohort() != null
            ? "/app/talent/cohort.xhtml?id=" + waiting.onlyCohort()
            : "/app/talent/programmes.xhtml";
    return List.of(new Item("home.waiting.waitlisted", waiting.people(), page));
  }
}
