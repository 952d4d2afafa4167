package org.institute.talent.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Set;
import org.institute.core.WaitingWork;
import org.institute.talent.Programmes;
import org.institute.talent.TalentAction;
import org.institute.talent.Waitlists;
import org.junit.jupiter.api.Test;

/**
 * Waitlists wait for those who manage the cohorts' enrolments, and only while the cohorts take
 * them: the programme service sums them (ProgrammeServiceTest), this turns the sum into the home
 * page's line and link.
 */
class TalentWaitingWorkTest {

  private static WaitingWork over(Set<TalentAction> may, Waitlists waitlists) {
    Programmes programmes =
        (Programmes)
            Proxy.newProxyInstance(
                TalentWaitingWorkTest.class.getClassLoader(),
                new Class<?>[] {Programmes.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "allowedActions" -> may;
                      case "waitlists" -> waitlists;
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    TalentWaitingWork work = new TalentWaitingWork();
    Wired.inject(work, "programmes", programmes);
    return work;
  }

  @Test
  void peopleWaitingInOneCohortLinkToThatCohort() {
    assertThat(over(Set.of(TalentAction.BROWSE_PROGRAMMES), new Waitlists(1, 3, 7L)).forCaller())
        .containsExactly(
            new WaitingWork.Item("home.waiting.waitlisted", 3, "/app/talent/cohort.xhtml?id=7"));
  }

  @Test
  void severalCohortsLeadToTheCatalogue() {
    assertThat(over(Set.of(TalentAction.BROWSE_PROGRAMMES), new Waitlists(2, 6, null)).forCaller())
        .containsExactly(
            new WaitingWork.Item("home.waiting.waitlisted", 6, "/app/talent/programmes.xhtml"));
  }

  @Test
  void nobodyWaitingIsNothingToDo() {
    assertThat(over(Set.of(TalentAction.BROWSE_PROGRAMMES), Waitlists.NONE).forCaller()).isEmpty();
  }

  @Test
  void whoReadsNoProgrammeHasNothingWaitingAndIsNotRefused() {
    assertThat(over(Set.of(), new Waitlists(1, 3, 7L)).forCaller()).isEmpty();
  }
}
