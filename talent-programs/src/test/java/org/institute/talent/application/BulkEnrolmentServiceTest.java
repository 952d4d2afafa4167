package org.institute.talent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.core.testing.RecordingAudit;
import org.institute.talent.CohortStatus;
import org.institute.talent.Eligibility;
import org.institute.talent.EnrolmentState;
import org.institute.talent.ImportReport;
import org.institute.talent.ImportRow;
import org.institute.talent.ImportRow.Outcome;
import org.institute.talent.NewCohort;
import org.institute.talent.NewParticipant;
import org.institute.talent.NewProgramme;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.Enrolment;
import org.institute.talent.domain.EnrolmentRepository;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.ParticipantRepository;
import org.institute.talent.domain.Programme;
import org.junit.jupiter.api.Test;

/** Bulk enrolment into cohort 1 (two seats) of programme 1, with every store in memory. */
class BulkEnrolmentServiceTest {

  private static final String HEADER =
      "nameLatin,nameZh,email,organisation,matriculationNumber,nationality\n";

  private final Stores.Programmes programmes = new Stores.Programmes();
  private final Stores.Cohorts cohorts = new Stores.Cohorts(programmes);
  private final People people = new People();
  private final Enrolments enrolments = new Enrolments();
  private final RecordingAudit audit = new RecordingAudit();

  private static final class People implements ParticipantRepository {
    final List<Participant> all = new ArrayList<>();

    @Override
    public Optional<Participant> find(long id) {
      return all.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public Optional<Participant> findByEmail(String normalEmail) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Participant> findByMatriculation(String normalNumber) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Participant> byEmails(Collection<String> normalEmails) {
      Map<String, Participant> found = new HashMap<>();
      all.stream()
          .filter(p -> normalEmails.contains(p.email()))
          .forEach(p -> found.put(p.email(), p));
      return found;
    }

    @Override
    public Map<String, Participant> byMatriculations(Collection<String> normalNumbers) {
      Map<String, Participant> found = new HashMap<>();
      all.stream()
          .filter(p -> p.matriculationNumber() != null)
          .filter(p -> normalNumbers.contains(p.matriculationNumber()))
          .forEach(p -> found.put(p.matriculationNumber(), p));
      return found;
    }

    @Override
    public void add(Participant participant) {
      Stores.stored(participant, all.size() + 1);
      all.add(participant);
    }

    @Override
    public List<Participant> search(String text, int offset, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count(String text) {
      throw new UnsupportedOperationException();
    }

    @Override
    public org.institute.core.Slice<Participant> slice(
        String text, org.institute.core.PageRequest page) {
      throw new UnsupportedOperationException();
    }
  }

  private static final class Enrolments implements EnrolmentRepository {
    final List<Enrolment> all = new ArrayList<>();

    @Override
    public Optional<Enrolment> first(long cohortId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Enrolment> find(long id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Enrolment> find(long cohortId, long participantId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(Enrolment enrolment) {
      Stores.stored(enrolment, all.size() + 1);
      all.add(enrolment);
    }

    @Override
    public Map<Long, EnrolmentState> participantsOf(long cohortId) {
      Map<Long, EnrolmentState> states = new HashMap<>();
      all.stream()
          .filter(e -> e.cohortId() == cohortId)
          .forEach(e -> states.put(e.participantId(), e.state()));
      return states;
    }

    @Override
    public int waitlistPosition(long cohortId, long ticket) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Line> roster(
        long cohortId, org.institute.core.SearchText text, org.institute.core.ListSort order) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Line> seated(long cohortId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long attended(long enrolmentId) {
      throw new UnsupportedOperationException();
    }
  }

  private BulkEnrolmentService service(Role role) {
    BulkEnrolmentService service = new BulkEnrolmentService();
    Wired.inject(service, "cohorts", cohorts);
    Wired.inject(service, "programmes", programmes);
    Wired.inject(service, "participants", people);
    Wired.inject(service, "enrolments", enrolments);
    Wired.inject(service, "policy", Wired.policyOf(role));
    Wired.inject(service, "audit", audit);
    Wired.inject(service, "clock", Wired.CLOCK);
    return service;
  }

  private Cohort setUp(Eligibility eligibility, int seats, CohortStatus status) {
    programmes.add(
        new Programme(
            new NewProgramme(
                "MM",
                ProgrammeKind.MINIMASTERS,
                "MiniMasters",
                null,
                null,
                null,
                Set.of(new PartnerId(1)),
                eligibility,
                null,
                null),
            Wired.NOW));
    Cohort cohort =
        new Cohort(
            new NewCohort(
                1,
                "2027 intake",
                null,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 6, 30),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 2, 15),
                seats,
                null,
                status),
            Wired.NOW);
    cohorts.add(cohort);
    return cohort;
  }

  private Participant known(String email, String matriculation) {
    Participant p =
        Participant.register(
            new NewParticipant("Known", null, email, null, matriculation, null), Wired.NOW);
    people.add(p);
    return p;
  }

  private static byte[] csv(String... rows) {
    return (HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> outcomes(ImportReport report) {
    return report.lines().stream()
        .map(l -> l.line() + " " + l.outcome() + (l.reason() == null ? "" : " " + l.reason()))
        .toList();
  }

  @Test
  void theTemplateIsAFileThePreviewAccepts() {
    setUp(Eligibility.OPEN, 2, CohortStatus.OPEN);
    BulkEnrolmentService service = service(Role.COORDINATOR);

    String template = service.template();
    ImportReport report = service.preview(1, template.getBytes(StandardCharsets.UTF_8));

    assertThat(template).startsWith(String.join(",", BulkEnrolmentService.COLUMNS) + "\r\n");
    assertThat(report.rows()).isEqualTo(1);
    assertThat(report.lines().get(0).name()).isEqualTo("Tan Mei Ling 陈美玲");
    assertThat(report.lines().get(0).email()).isEqualTo("meiling.tan@example.com");
    assertThat(report.lines().get(0).outcome()).isEqualTo(Outcome.ENROL);
  }

  @Test
  void aPreviewCountsEveryOutcomeAndChangesNothing() {
    setUp(Eligibility.OPEN, 2, CohortStatus.OPEN);

    ImportReport report =
        service(Role.COORDINATOR)
            .preview(
                1,
                csv(
                    "Ann,,ann@example.com,,,",
                    "Bob,,bob@example.com,,,",
                    "Cy,,cy@example.com,,,",
                    "Dee,,not-an-email,,,"));

    assertThat(outcomes(report))
        .containsExactly("2 ENROL", "3 ENROL", "4 WAITLIST", "5 REJECTED account.email.invalid");
    assertThat(report.rows()).isEqualTo(4);
    assertThat(report.toEnrol()).isEqualTo(2);
    assertThat(report.toWaitlist()).isEqualTo(1);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.confirmed()).isFalse();
    assertThat(report.rejectedLines()).extracting(ImportRow::line).containsExactly(5);
    assertThat(people.all).isEmpty();
    assertThat(enrolments.all).isEmpty();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void namesAreShownInBothScriptsWhenGiven() {
    setUp(Eligibility.OPEN, 5, CohortStatus.OPEN);

    ImportReport report =
        service(Role.COORDINATOR)
            .preview(
                1,
                csv("Ann,安,ann@example.com,,,", "Bob,,bob@example.com,,,", ",陈,c@example.com,,,"));

    assertThat(report.lines()).extracting(ImportRow::name).containsExactly("Ann 安", "Bob", "陈");
  }

  @Test
  void rowsRepeatingAnEmailOrMatriculationInTheFileOrWithTooManyColumnsAreRejected() {
    setUp(Eligibility.OPEN, 5, CohortStatus.OPEN);

    ImportReport report =
        service(Role.COORDINATOR)
            .preview(
                1,
                csv(
                    "Ann,,ann@example.com,,U1111111A,",
                    "Ann again,,ANN@example.com,,,",
                    "Other,,other@example.com,,u1111111a,",
                    "Wide,,wide@example.com,,,,extra"));

    assertThat(outcomes(report))
        .containsExactly(
            "2 ENROL",
            "3 REJECTED import.duplicateInFile",
            "4 REJECTED import.duplicateInFile",
            "5 REJECTED import.columns");
  }

  @Test
  void aRowWhoseEmailAndMatriculationNameDifferentPeopleIsRejected() {
    setUp(Eligibility.OPEN, 5, CohortStatus.OPEN);
    known("ann@example.com", "U1111111A");
    known("bob@example.com", null);

    ImportReport report =
        service(Role.COORDINATOR)
            .preview(
                1,
                csv(
                    "Ann,,ann@example.com,,U2222222B,",
                    "Someone,,someone@example.com,,U1111111A,",
                    "Bob,,bob@example.com,,U3333333C,",
                    "Ann,,ann@example.com,,,"));

    assertThat(outcomes(report))
        .containsExactly(
            "2 REJECTED import.identityMismatch",
            "3 REJECTED import.identityMismatch",
            "4 ENROL",
            "5 REJECTED import.duplicateInFile");
  }

  @Test
  void aProgrammeForNtuStudentsTakesRowsWithAMatriculationOrKnownStudents() {
    setUp(Eligibility.NTU_STUDENTS, 5, CohortStatus.OPEN);
    known("known@e.ntu.edu.sg", "U1111111A");
    known("guest@example.com", null);

    ImportReport report =
        service(Role.COORDINATOR)
            .preview(
                1,
                csv(
                    "Guest,,new@example.com,,,",
                    "Student,,s@e.ntu.edu.sg,,U2222222B,",
                    "Known,,known@e.ntu.edu.sg,,,",
                    "Guest,,guest@example.com,,,"));

    assertThat(outcomes(report))
        .containsExactly(
            "2 REJECTED enrolment.ntuStudentsOnly",
            "3 ENROL",
            "4 ENROL",
            "5 REJECTED enrolment.ntuStudentsOnly");
  }

  @Test
  void confirmingRegistersNewcomersEnrolsAndWaitlistsAndAuditsInBatches() {
    setUp(Eligibility.OPEN, 2, CohortStatus.OPEN);
    Participant bob = known("bob@example.com", null);
    List<Integer> progress = new ArrayList<>();

    ImportReport report =
        service(Role.COORDINATOR)
            .confirm(
                1,
                csv(
                    "Ann,,ann@example.com,,,",
                    "Bob,,bob@example.com,,,",
                    "Cy,,cy@example.com,,,",
                    "Dee,,bad,,,"),
                progress::add);

    assertThat(outcomes(report))
        .containsExactly("2 ENROL", "3 ENROL", "4 WAITLIST", "5 REJECTED account.email.invalid");
    assertThat(report.confirmed()).isTrue();
    assertThat(report.toEnrol()).isEqualTo(2);
    assertThat(progress).containsExactly(1, 2, 3, 4);
    assertThat(people.all).hasSize(3);
    assertThat(enrolments.all)
        .extracting(Enrolment::participantId)
        .containsExactly(2L, bob.id(), 3L);
    assertThat(cohorts.find(1).orElseThrow().enrolledCount()).isEqualTo(2);
    assertThat(cohorts.locks).isEqualTo(1);
    assertThat(audit.entries)
        .containsExactly(
            "BULK_PARTICIPANTS_REGISTERED Cohort#1: line 2 participant 2; line 4 participant 3",
            "BULK_ENROLLED Cohort#1: line 2 enrolment 1 participant 2 ENROLLED; line 3 enrolment 2"
                + " participant 1 ENROLLED; line 4 enrolment 3 participant 3 WAITLISTED",
            "BULK_ENROLMENT Cohort#1: 4 rows: 2 enrolled, 1 waitlisted, 1 rejected");
  }

  @Test
  void uploadingTheSameFileAgainEnrolsNobodyTwice() {
    setUp(Eligibility.OPEN, 5, CohortStatus.OPEN);
    BulkEnrolmentService service = service(Role.COORDINATOR);
    byte[] file = csv("Ann,,ann@example.com,,,", "Bob,,bob@example.com,,,");
    service.confirm(1, file, n -> {});

    ImportReport again = service.preview(1, file);

    assertThat(outcomes(again))
        .containsExactly("2 REJECTED enrolment.duplicate", "3 REJECTED enrolment.duplicate");
  }

  @Test
  void aParticipantWhoWithdrewIsNotReEnrolledInBulk() {
    Cohort cohort = setUp(Eligibility.OPEN, 5, CohortStatus.OPEN);
    BulkEnrolmentService service = service(Role.COORDINATOR);
    service.confirm(1, csv("Ann,,ann@example.com,,,"), n -> {});
    cohort.withdraw(enrolments.all.get(0), cohortId -> Optional.empty(), Wired.NOW);

    ImportReport again = service.preview(1, csv("Ann,,ann@example.com,,,"));

    assertThat(outcomes(again)).containsExactly("2 REJECTED import.withdrawnBefore");
  }

  @Test
  void onlyWritersImportAndOnlyIntoKnownCohortsTakingEnrolments() {
    setUp(Eligibility.OPEN, 5, CohortStatus.PLANNED);
    byte[] file = csv("Ann,,ann@example.com,,,");

    assertThatThrownBy(() -> service(Role.COUNCIL).preview(1, file))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> service(Role.COUNCIL).confirm(1, file, n -> {}))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> service(Role.ADMIN).preview(2, file))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> service(Role.ADMIN).confirm(2, file, n -> {}))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> service(Role.ADMIN).preview(1, file))
        .isInstanceOf(ConflictException.class)
        .hasMessage("cohort.notTakingEnrolments");
    assertThat(people.all).isEmpty();
  }
}
