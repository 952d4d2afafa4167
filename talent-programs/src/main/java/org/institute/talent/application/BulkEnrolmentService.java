package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVRecord;
import org.institute.core.AuditTrail;
import org.institute.core.ConflictException;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Violation;
import org.institute.talent.BulkEnrolment;
import org.institute.talent.Eligibility;
import org.institute.talent.EnrolmentState;
import org.institute.talent.ImportReport;
import org.institute.talent.ImportRow;
import org.institute.talent.ImportRow.Outcome;
import org.institute.talent.NewParticipant;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.CohortRepository;
import org.institute.talent.domain.Enrolment;
import org.institute.talent.domain.EnrolmentRepository;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.ParticipantRepository;
import org.institute.talent.domain.Programme;
import org.institute.talent.domain.ProgrammeRepository;

/**
 * Bulk enrolment from CSV. The same planning pass serves the preview and the confirmation; the
 * confirmation runs it again under the cohort's lock, so what it enrols matches the state at that
 * moment, and enrols every acceptable row in the one transaction.
 */
@ApplicationScoped
@Transactional
class BulkEnrolmentService implements BulkEnrolment {

  static final List<String> COLUMNS =
      List.of("nameLatin", "nameZh", "email", "organisation", "matriculationNumber", "nationality");

  @Inject private CohortRepository cohorts;
  @Inject private ProgrammeRepository programmes;
  @Inject private ParticipantRepository participants;
  @Inject private EnrolmentRepository enrolments;
  @Inject private TalentPolicy policy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Override
  public String template() {
    return String.join(",", COLUMNS)
        + "\r\nTan Mei Ling,陈美玲,meiling.tan@example.com,Nanyang Technological University,U2012345A,SG\r\n";
  }

  /** A data row and what to do with it. */
  private record Planned(ImportRow row, NewParticipant person, Participant existing) {}

  @Override
  public ImportReport preview(long cohortId, byte[] csv) {
    policy.requireWriter("importing enrolments");
    Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new RecordNotFoundException("cohort"));
    List<Planned> plan = plan(cohort, csv);
    return report(cohortId, plan, false);
  }

  @Override
  public ImportReport confirm(long cohortId, byte[] csv, IntConsumer progress) {
    policy.requireWriter("importing enrolments");
    Cohort cohort = cohorts.lock(cohortId).orElseThrow(() -> new RecordNotFoundException("cohort"));
    Programme programme = programmes.find(cohort.programmeId()).orElseThrow();
    List<Planned> plan = plan(cohort, csv);
    Instant now = clock.instant();
    List<ImportRow> done = new ArrayList<>(plan.size());
    AuditBatch registered =
        new AuditBatch(audit, "BULK_PARTICIPANTS_REGISTERED", "Cohort", cohortId);
    AuditBatch admitted = new AuditBatch(audit, "BULK_ENROLLED", "Cohort", cohortId);
    int count = 0;
    int enrolled = 0;
    int waitlisted = 0;
    for (Planned p : plan) {
      if (p.row().outcome() == Outcome.REJECTED) {
        done.add(p.row());
      } else {
        Participant person = p.existing();
        if (person == null) {
          person = Participant.register(p.person(), now);
          participants.add(person);
          registered.add("line " + p.row().line() + " participant " + person.id());
        }
        Enrolment enrolment = cohort.admit(programme, person, java.util.Optional.empty(), now);
        enrolments.add(enrolment);
        boolean seated = enrolment.state() == EnrolmentState.ENROLLED;
        admitted.add(
            "line "
                + p.row().line()
                + " enrolment "
                + enrolment.id()
                + " participant "
                + person.id()
                + (seated ? " ENROLLED" : " WAITLISTED"));
        if (seated) {
          enrolled++;
        } else {
          waitlisted++;
        }
        done.add(
            new ImportRow(
                p.row().line(),
                p.row().email(),
                p.row().name(),
                seated ? Outcome.ENROL : Outcome.WAITLIST,
                null));
      }
      progress.accept(++count);
    }
    registered.close();
    admitted.close();
    audit.record(
        "BULK_ENROLMENT",
        "Cohort",
        String.valueOf(cohortId),
        plan.size()
            + " rows: "
            + enrolled
            + " enrolled, "
            + waitlisted
            + " waitlisted, "
            + (plan.size() - enrolled - waitlisted)
            + " rejected");
    return report(cohortId, done.stream().map(r -> new Planned(r, null, null)).toList(), true);
  }

  private static ImportReport report(long cohortId, List<Planned> plan, boolean confirmed) {
    int enrol = 0;
    int waitlist = 0;
    int rejected = 0;
    for (Planned p : plan) {
      switch (p.row().outcome()) {
        case ENROL -> enrol++;
        case WAITLIST -> waitlist++;
        case REJECTED -> rejected++;
      }
    }
    return new ImportReport(
        cohortId,
        plan.size(),
        enrol,
        waitlist,
        rejected,
        confirmed,
        plan.stream().map(Planned::row).toList());
  }

  /** Decides every row against the cohort as it stands, changing nothing. */
  private List<Planned> plan(Cohort cohort, byte[] csv) {
    if (!cohort.status().takesEnrolments()) {
      throw new ConflictException("cohort.notTakingEnrolments");
    }
    Programme programme = programmes.find(cohort.programmeId()).orElseThrow();
    List<CSVRecord> records = CsvRows.parse(csv);
    Set<String> emails = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    for (CSVRecord r : records) {
      String email = Participant.normalEmail(CsvRows.value(r, "email"));
      if (email != null) {
        emails.add(email);
      }
      String number = Participant.normalMatriculation(CsvRows.value(r, "matriculationNumber"));
      if (number != null) {
        numbers.add(number);
      }
    }
    Map<String, Participant> byEmail = participants.byEmails(emails);
    Map<String, Participant> byNumber = participants.byMatriculations(numbers);
    Map<Long, EnrolmentState> inCohort = enrolments.participantsOf(cohort.id());
    Set<String> seenEmails = new HashSet<>();
    Set<String> seenNumbers = new HashSet<>();
    int seats = cohort.seatsLeft();
    List<Planned> plan = new ArrayList<>(records.size());
    for (CSVRecord r : records) {
      int line = (int) r.getRecordNumber() + 1;
      NewParticipant person =
          new NewParticipant(
              CsvRows.value(r, "nameLatin"),
              CsvRows.value(r, "nameZh"),
              CsvRows.value(r, "email"),
              CsvRows.value(r, "organisation"),
              CsvRows.value(r, "matriculationNumber"),
              CsvRows.value(r, "nationality"));
      String email = Participant.normalEmail(person.email());
      String number = Participant.normalMatriculation(person.matriculationNumber());
      String name =
          person.nameLatin() == null
              ? person.nameZh()
              : person.nameZh() == null
                  ? person.nameLatin()
                  : person.nameLatin() + " " + person.nameZh();
      String reason = null;
      Participant existing = null;
      if (!r.isConsistent()) {
        reason = "import.columns";
      }
      if (reason == null) {
        List<Violation> problems = Participant.check(person);
        if (!problems.isEmpty()) {
          reason = problems.get(0).messageKey();
        }
      }
      if (reason == null && !seenEmails.add(email)) {
        reason = "import.duplicateInFile";
      }
      if (reason == null && number != null && !seenNumbers.add(number)) {
        reason = "import.duplicateInFile";
      }
      if (reason == null) {
        Participant sameEmail = byEmail.get(email);
        Participant sameNumber = number == null ? null : byNumber.get(number);
        if (sameNumber != null && !Objects.equals(sameNumber, sameEmail)) {
          reason = "import.identityMismatch";
        } else if (sameEmail != null
            && number != null
            && sameEmail.matriculationNumber() != null
            && !number.equals(sameEmail.matriculationNumber())) {
          reason = "import.identityMismatch";
        } else {
          existing = sameEmail;
        }
      }
      if (reason == null) {
        boolean ntu = existing != null ? existing.isNtuStudent() : number != null;
        if (programme.eligibility() == Eligibility.NTU_STUDENTS && !ntu) {
          reason = "enrolment.ntuStudentsOnly";
        }
      }
      if (reason == null && existing != null) {
        EnrolmentState state = inCohort.get(existing.id());
        if (state != null && state != EnrolmentState.WITHDRAWN) {
          reason = "enrolment.duplicate";
        } else if (state == EnrolmentState.WITHDRAWN) {
          reason = "import.withdrawnBefore";
        }
      }
      Outcome outcome;
      if (reason != null) {
        outcome = Outcome.REJECTED;
      } else if (seats > 0) {
        seats--;
        outcome = Outcome.ENROL;
      } else {
        outcome = Outcome.WAITLIST;
      }
      plan.add(new Planned(new ImportRow(line, email, name, outcome, reason), person, existing));
    }
    return plan;
  }
}
