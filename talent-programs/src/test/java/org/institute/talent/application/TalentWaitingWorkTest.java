package org.institute.talent.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.institute.core.WaitingWork;
import org.institute.talent.CohortAction;
import org.institute.talent.CohortStatus;
import org.institute.talent.CohortView;
import org.institute.talent.Page;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.Programmes;
import org.institute.talent.TalentAction;
import org.junit.jupiter.api.Test;

/** Waitlists wait for those who manage the cohort's enrolments, and only while it takes them. */
class TalentWaitingWorkTest {

  private static CohortView cohort(
      long id, CohortStatus status, long waitlisted, CohortAction... actions) {
    return new CohortView(
        id,
        1,
        "MM",
        "MiniMasters",
        "微硕士",
        ProgrammeKind.MINIMASTERS,
        "Intake " + id,
        null,
        LocalDate.of(2026, 9, 7),
        LocalDate.of(2027, 1, 29),
        LocalDate.of(2026, 5, 1),
        LocalDate.of(2026, 8, 15),
        24,
        null,
        null,
        null,
        status,
        24,
        waitlisted,
        Set.of(actions));
  }

  private static WaitingWork over(Set<TalentAction> may, List<CohortView> cohorts) {
    Programmes programmes =
        (Programmes)
            Proxy.newProxyInstance(
                TalentWaitingWorkTest.class.getClassLoader(),
                new Class<?>[] {Programmes.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "allowedActions" -> may;
                      case "cohorts" -> {
                        int offset = (int) args[2];
                        int limit = (int) args[3];
                        yield new Page<>(
                            cohorts.subList(
                                Math.min(offset, cohorts.size()),
                                Math.min(offset + limit, cohorts.size())),
                            cohorts.size());
                      }
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    TalentWaitingWork work = new TalentWaitingWork();
    Wired.inject(work, "programmes", programmes);
    return work;
  }

  @Test
  void peopleWaitingInTheCohortsOneManagesAreCountedAndOneCohortIsLinkedDirectly() {
    List<CohortView> cohorts =
        List.of(
            cohort(1, CohortStatus.RUNNING, 3, CohortAction.MANAGE_ENROLMENTS),
            cohort(2, CohortStatus.OPEN, 0, CohortAction.MANAGE_ENROLMENTS),
            cohort(3, CohortStatus.COMPLETED, 5, CohortAction.MANAGE_ENROLMENTS),
            cohort(4, CohortStatus.OPEN, 7));

    assertThat(over(Set.of(TalentAction.BROWSE_PROGRAMMES), cohorts).forCaller())
        .containsExactly(
            new WaitingWork.Item("home.waiting.waitlisted", 3, "/app/talent/cohort.xhtml?id=1"));
  }

  @Test
  void severalCohortsLeadToTheCatalogueAndEveryPageIsRead() {
    List<CohortView> cohorts = new java.util.ArrayList<>();
    for (long id = 1; id <= TalentWaitingWork.COHORTS_LOOKED_AT + 1; id++) {
      cohorts.add(cohort(id, CohortStatus.OPEN, 0, CohortAction.MANAGE_ENROLMENTS));
    }
    cohorts.set(0, cohort(1, CohortStatus.OPEN, 2, CohortAction.MANAGE_ENROLMENTS));
    cohorts.add(cohort(999, CohortStatus.RUNNING, 4, CohortAction.MANAGE_ENROLMENTS));

    assertThat(over(Set.of(TalentAction.BROWSE_PROGRAMMES), cohorts).forCaller())
        .containsExactly(
            new WaitingWork.Item("home.waiting.waitlisted", 6, "/app/talent/programmes.xhtml"));
  }

  @Test
  void whoReadsNoProgrammeHasNothingWaitingAndIsNotRefused() {
    assertThat(
            over(
                    Set.of(),
                    List.of(cohort(1, CohortStatus.RUNNING, 3, CohortAction.MANAGE_ENROLMENTS)))
                .forCaller())
        .isEmpty();
  }
}
