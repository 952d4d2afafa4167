package org.institute.demo.application;

import static org.institute.demo.application.TalentDemoSteps.CHONGQING;
import static org.institute.demo.application.TalentDemoSteps.SINGAPORE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.institute.core.Money;
import org.institute.talent.CohortStatus;
import org.institute.talent.CohortView;
import org.institute.talent.DeliveryMode;
import org.institute.talent.EnrolmentResult;
import org.institute.talent.EnrolmentState;
import org.institute.talent.Enrolments;
import org.institute.talent.NewCohort;
import org.institute.talent.ParticipantView;
import org.institute.talent.ProgrammeView;
import org.institute.talent.Programmes;
import org.institute.talent.SessionView;

/**
 * The MiniMasters in technopreneurship: the spring intake that finished this year with four
 * certificates, and the running autumn intake, split between Singapore and Chongqing and full with
 * a waitlist.
 */
@ApplicationScoped
public class MiniMastersDemoData {

  @Inject private Programmes programmes;
  @Inject private Enrolments enrolments;

  @Transactional(Transactional.TxType.MANDATORY)
  public void load(ProgrammeView miniMasters, List<ParticipantView> people) {
    // the intake that finished this year: four certificates
    CohortView spring =
        programmes.openCohort(
            new NewCohort(
                miniMasters.id(),
                "Spring 2026 intake",
                "2026年春季班",
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 7, 31),
                LocalDate.of(2025, 11, 1),
                LocalDate.of(2026, 2, 15),
                20,
                Money.of("2800.00", "SGD"),
                CohortStatus.RUNNING));
    List<SessionView> springSessions =
        List.of(
            TalentDemoSteps.session(
                programmes,
                spring,
                LocalDateTime.of(2026, 3, 2, 9, 0),
                SINGAPORE,
                "Opportunity recognition",
                DeliveryMode.SINGAPORE_CAMPUS,
                "NTU Innovation Centre, Singapore"),
            TalentDemoSteps.session(
                programmes,
                spring,
                LocalDateTime.of(2026, 4, 13, 9, 0),
                CHONGQING,
                "Lean start-up in practice",
                DeliveryMode.CHONGQING_BASE,
                "NTU China (West) Base, Xiantao, Chongqing"),
            TalentDemoSteps.session(
                programmes,
                spring,
                LocalDateTime.of(2026, 5, 18, 19, 0),
                SINGAPORE,
                "Funding and valuation",
                DeliveryMode.ONLINE,
                "https://meet.example/mm-funding"),
            TalentDemoSteps.session(
                programmes,
                spring,
                LocalDateTime.of(2026, 7, 20, 9, 0),
                CHONGQING,
                "Pitch day",
                DeliveryMode.CHONGQING_BASE,
                "NTU China (West) Base, Xiantao, Chongqing"));
    List<EnrolmentResult> springRoster = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      springRoster.add(enrolments.enrol(spring.id(), people.get(i).id()));
    }
    for (SessionView s : springSessions) {
      enrolments.recordAttendance(
          spring.id(),
          s.id(),
          s.topic().startsWith("Funding") ? Set.of(springRoster.get(5).enrolmentId()) : Set.of());
    }
    for (int i = 0; i < 4; i++) {
      enrolments.recordAssessment(spring.id(), springRoster.get(i).enrolmentId(), true);
      enrolments.complete(spring.id(), springRoster.get(i).enrolmentId());
    }
    enrolments.recordAssessment(spring.id(), springRoster.get(4).enrolmentId(), false);
    enrolments.fail(spring.id(), springRoster.get(4).enrolmentId());
    programmes.changeStatus(spring.id(), CohortStatus.COMPLETED);

    // the running intake, split between Singapore and Chongqing, full with a waitlist
    CohortView autumn =
        programmes.openCohort(
            new NewCohort(
                miniMasters.id(),
                "Autumn 2026 intake",
                "2026年秋季班",
                LocalDate.of(2026, 9, 7),
                LocalDate.of(2027, 1, 29),
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 8, 15),
                24,
                Money.of("2800.00", "SGD"),
                CohortStatus.RUNNING));
    List<SessionView> autumnSessions =
        List.of(
            TalentDemoSteps.session(
                programmes,
                autumn,
                LocalDateTime.of(2026, 9, 7, 9, 0),
                SINGAPORE,
                "Opportunity recognition",
                DeliveryMode.SINGAPORE_CAMPUS,
                "NTU Innovation Centre, Singapore"),
            TalentDemoSteps.session(
                programmes,
                autumn,
                LocalDateTime.of(2026, 10, 12, 9, 0),
                CHONGQING,
                "Lean start-up in practice",
                DeliveryMode.CHONGQING_BASE,
                "NTU China (West) Base, Xiantao, Chongqing"),
            TalentDemoSteps.session(
                programmes,
                autumn,
                LocalDateTime.of(2026, 11, 16, 19, 0),
                SINGAPORE,
                "Funding and valuation",
                DeliveryMode.ONLINE,
                "https://meet.example/mm-funding"),
            TalentDemoSteps.session(
                programmes,
                autumn,
                LocalDateTime.of(2026, 12, 14, 9, 0),
                CHONGQING,
                "Scaling in western China",
                DeliveryMode.CHONGQING_BASE,
                "NTU China (West) Base, Xiantao, Chongqing"),
            TalentDemoSteps.session(
                programmes,
                autumn,
                LocalDateTime.of(2027, 1, 25, 9, 0),
                SINGAPORE,
                "Pitch day",
                DeliveryMode.SINGAPORE_CAMPUS,
                "NTU Innovation Centre, Singapore"));
    List<EnrolmentResult> autumnRoster = new ArrayList<>();
    for (int i = 6; i < 33; i++) {
      autumnRoster.add(enrolments.enrol(autumn.id(), people.get(i).id()));
    }
    List<Long> seated =
        autumnRoster.stream()
            .filter(r -> r.state() == EnrolmentState.ENROLLED)
            .map(EnrolmentResult::enrolmentId)
            .toList();
    enrolments.recordAttendance(autumn.id(), autumnSessions.get(0).id(), Set.of(seated.get(3)));
    enrolments.recordAttendance(
        autumn.id(), autumnSessions.get(1).id(), Set.of(seated.get(3), seated.get(7)));
    enrolments.recordAttendance(autumn.id(), autumnSessions.get(2).id(), Set.of());
  }
}
