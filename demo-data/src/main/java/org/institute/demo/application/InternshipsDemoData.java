package org.institute.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.institute.partners.PartnerDirectory;
import org.institute.talent.CohortStatus;
import org.institute.talent.CohortView;
import org.institute.talent.Enrolments;
import org.institute.talent.EvaluationKind;
import org.institute.talent.InternshipField;
import org.institute.talent.Internships;
import org.institute.talent.NewCohort;
import org.institute.talent.NewPosition;
import org.institute.talent.ParticipantView;
import org.institute.talent.PlacementStatus;
import org.institute.talent.PlacementView;
import org.institute.talent.PositionView;
import org.institute.talent.ProgrammeView;
import org.institute.talent.Programmes;

/**
 * The NTU-YDPG internship programme's summer placements: positions at host companies in Yubei and
 * NTU students (every third participant) applying, some further along than others.
 */
@ApplicationScoped
public class InternshipsDemoData {

  @Inject private PartnerDirectory partners;
  @Inject private Programmes programmes;
  @Inject private Enrolments enrolments;
  @Inject private Internships internships;

  @Transactional(Transactional.TxType.MANDATORY)
  public void load(ProgrammeView internship, List<ParticipantView> people) {
    CohortView interns =
        programmes.openCohort(
            new NewCohort(
                internship.id(),
                "Summer 2027 placements",
                "2027年夏季实习",
                LocalDate.of(2027, 5, 10),
                LocalDate.of(2027, 8, 6),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2027, 2, 28),
                12,
                null,
                CohortStatus.OPEN));
    for (int i = 0; i < people.size(); i += 3) {
      enrolments.enrol(interns.id(), people.get(i).id());
    }
    internships.setTarget(interns.id(), 10);
    LocalDate from = LocalDate.of(2027, 5, 10);
    LocalDate to = LocalDate.of(2027, 8, 6);
    List<PositionView> positions =
        List.of(
            position(
                interns,
                "YUNBEI",
                "Data engineering intern",
                InternshipField.BIG_DATA,
                from,
                to,
                3),
            position(
                interns,
                "XIANTAO-AI",
                "Machine learning intern",
                InternshipField.ARTIFICIAL_INTELLIGENCE,
                from,
                to,
                3),
            position(
                interns,
                "SHANCHENG",
                "Mobility data analyst intern",
                InternshipField.SMART_MOBILITY,
                from,
                to,
                2),
            position(
                interns,
                "JIYIN",
                "Bioinformatics intern",
                InternshipField.BIOTECHNOLOGY,
                from,
                to,
                2));
    // NTU students (every third participant) apply; some get further
    PlacementStatus[][] paths = {
      {PlacementStatus.SHORTLISTED, PlacementStatus.OFFERED, PlacementStatus.ACCEPTED},
      {PlacementStatus.SHORTLISTED, PlacementStatus.OFFERED, PlacementStatus.ACCEPTED},
      {PlacementStatus.SHORTLISTED, PlacementStatus.OFFERED},
      {PlacementStatus.SHORTLISTED},
      {},
      {PlacementStatus.WITHDRAWN}
    };
    int k = 0;
    for (int i = 0; i < people.size() && k < paths.length; i += 3, k++) {
      PlacementView p =
          internships.apply(positions.get(k % positions.size()).id(), people.get(i).id());
      for (PlacementStatus step : paths[k]) {
        p = internships.changeStatus(p.id(), step);
      }
      if (p.status() == PlacementStatus.ACCEPTED) {
        internships.evaluate(
            p.id(), EvaluationKind.MID_TERM, 4, "Quick learner; good with the data platform.");
      }
    }
  }

  private PositionView position(
      CohortView intake,
      String host,
      String title,
      InternshipField field,
      LocalDate from,
      LocalDate to,
      int places) {
    return internships.openPosition(
        new NewPosition(
            intake.id(),
            partners.findByCode(host).orElseThrow().id().value(),
            title,
            field,
            from,
            to,
            places));
  }
}
