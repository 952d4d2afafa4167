package org.institute.demo.application;

import static org.institute.demo.application.TalentDemoSteps.CHONGQING;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.institute.core.Money;
import org.institute.talent.CohortStatus;
import org.institute.talent.CohortView;
import org.institute.talent.DeliveryMode;
import org.institute.talent.Enrolments;
import org.institute.talent.NewCohort;
import org.institute.talent.ParticipantView;
import org.institute.talent.ProgrammeView;
import org.institute.talent.Programmes;

/** The cohorts of the two certification courses, open for enrolment. */
@ApplicationScoped
public class CoursesDemoData {

  @Inject private Programmes programmes;
  @Inject private Enrolments enrolments;

  @Transactional(Transactional.TxType.MANDATORY)
  public void load(ProgrammeView leaders, ProgrammeView digital, List<ParticipantView> people) {
    CohortView leadersCohort =
        programmes.openCohort(
            new NewCohort(
                leaders.id(),
                "2027 cohort",
                "2027年班",
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 5, 28),
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2027, 2, 1),
                20,
                Money.of("6800.00", "CNY"),
                CohortStatus.OPEN));
    TalentDemoSteps.session(
        programmes,
        leadersCohort,
        LocalDateTime.of(2027, 3, 1, 9, 30),
        CHONGQING,
        "Leading a growth company",
        DeliveryMode.CHONGQING_BASE,
        "NTU China (West) Base, Xiantao, Chongqing");
    TalentDemoSteps.session(
        programmes,
        leadersCohort,
        LocalDateTime.of(2027, 4, 12, 9, 30),
        CHONGQING,
        "Governance and finance",
        DeliveryMode.CHONGQING_BASE,
        "NTU China (West) Base, Xiantao, Chongqing");
    for (int i = 20; i < 32; i++) {
      enrolments.enrol(leadersCohort.id(), people.get(i).id());
    }

    CohortView digitalCohort =
        programmes.openCohort(
            new NewCohort(
                digital.id(),
                "Winter 2026 cohort",
                "2026年冬季班",
                LocalDate.of(2026, 12, 7),
                LocalDate.of(2027, 1, 15),
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 30),
                6,
                Money.of("3500.00", "CNY"),
                CohortStatus.OPEN));
    TalentDemoSteps.session(
        programmes,
        digitalCohort,
        LocalDateTime.of(2026, 12, 7, 14, 0),
        CHONGQING,
        "Data platforms",
        DeliveryMode.ONLINE,
        "https://meet.example/cc-digital");
    for (int i = 33; i < people.size(); i++) {
      enrolments.enrol(digitalCohort.id(), people.get(i).id());
    }
  }
}
