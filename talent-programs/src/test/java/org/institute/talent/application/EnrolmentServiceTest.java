package org.institute.talent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.Documents;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.core.StoredDocument;
import org.institute.core.infrastructure.PadesPdfSeal;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.RecordingWebhooks;
import org.institute.core.testing.TestCaller;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerSummary;
import org.institute.talent.AttendanceSheet;
import org.institute.talent.CertificateIssued;
import org.institute.talent.CertificateView;
import org.institute.talent.CohortStatus;
import org.institute.talent.DeliveryMode;
import org.institute.talent.EnrolmentConfirmed;
import org.institute.talent.EnrolmentResult;
import org.institute.talent.EnrolmentState;
import org.institute.talent.EnrolmentWaitlisted;
import org.institute.talent.NewCohort;
import org.institute.talent.NewParticipant;
import org.institute.talent.NewProgramme;
import org.institute.talent.NewSession;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.Roster;
import org.institute.talent.RosterEntry;
import org.institute.talent.Withdrawal;
import org.institute.talent.domain.Certificate;
import org.institute.talent.domain.CertificateContent;
import org.institute.talent.domain.CertificateRenderer;
import org.institute.talent.domain.CertificateRepository;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.Enrolment;
import org.institute.talent.domain.EnrolmentRepository;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.ParticipantRepository;
import org.institute.talent.domain.Programme;
import org.institute.talent.domain.Seats;
import org.institute.talent.domain.Session;
import org.institute.talent.domain.StatusSlot;
import org.junit.jupiter.api.Test;

/**
 * Enrolment, attendance and completion with every store in memory: programme 1 (owned by NTU, 80 %
 * attendance and an assessment), cohort 1 of two seats, one session.
 */
class EnrolmentServiceTest {

  private final Stores.Programmes programmes = new Stores.Programmes();
  private final Stores.Cohorts cohorts = new Stores.Cohorts(programmes);
  private Seats seats = cohorts.seats;
  private final Stores.Sessions sessions = new Stores.Sessions();
  private final List<Participant> people = new ArrayList<>();
  private final Enrolments enrolments = new Enrolments();
  private final List<Certificate> certificates = new ArrayList<>();
  private final List<CertificateContent> rendered = new ArrayList<>();
  private final RecordingAudit audit = new RecordingAudit();
  private final RecordingWebhooks webhooks = new RecordingWebhooks();
  private final List<Object> fired = new ArrayList<>();

  /** Enrolments in a list; the waitlist is ordered by ticket. */
  private final class Enrolments implements EnrolmentRepository {
    final List<Enrolment> all = new ArrayList<>();

    @Override
    public Optional<Enrolment> first(long cohortId) {
      return all.stream()
          .filter(e -> e.cohortId() == cohortId && e.state() == EnrolmentState.WAITLISTED)
          .min(Comparator.comparing(Enrolment::waitlistTicket));
    }

    @Override
    public Optional<Enrolment> find(long id) {
      return all.stream().filter(e -> e.id() == id).findFirst();
    }

    @Override
    public Optional<Enrolment> find(long cohortId, long participantId) {
      return all.stream()
          .filter(e -> e.cohortId() == cohortId && e.participantId() == participantId)
          .findFirst();
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
      return (int)
          all.stream()
              .filter(e -> e.cohortId() == cohortId && e.state() == EnrolmentState.WAITLISTED)
              .filter(e -> e.waitlistTicket() <= ticket)
              .count();
    }

    private Line line(Enrolment e) {
      Participant p = people.stream().filter(x -> x.id() == e.participantId()).findFirst().get();
      String code =
          certificates.stream()
              .filter(c -> c.enrolmentId() == e.id())
              .map(Certificate::code)
              .findFirst()
              .orElse(null);
      return new Line(e, p, attended(e.id()), code);
    }

    /** As the SQL: the search in the Latin name, the order by name (the field the tests use). */
    @Override
    public List<Line> roster(
        long cohortId, org.institute.core.SearchText text, org.institute.core.ListSort order) {
      Comparator<Line> byName = Comparator.comparing(l -> l.participant().nameLatin());
      Comparator<Line> sorted =
          order == null
              ? Comparator.comparing(
                  l -> l.enrolment().waitlistTicket() == null ? 0 : l.enrolment().waitlistTicket())
              : order.descending() ? byName.reversed() : byName;
      return all.stream()
          .filter(e -> e.cohortId() == cohortId)
          .map(this::line)
          .filter(
              l ->
                  text == null
                      || l.participant()
                          .nameLatin()
                          .toLowerCase(java.util.Locale.ROOT)
                          .contains(text.text().toLowerCase(java.util.Locale.ROOT)))
          .sorted(sorted)
          .toList();
    }

    @Override
    public List<Line> seated(long cohortId) {
      return all.stream()
          .filter(e -> e.cohortId() == cohortId && e.state() == EnrolmentState.ENROLLED)
          .map(this::line)
          .toList();
    }

    @Override
    public long attended(long enrolmentId) {
      return sessions.marks.stream()
          .filter(a -> a.enrolmentId() == enrolmentId && a.present())
          .count();
    }
  }

  private ParticipantRepository participantStore() {
    return (ParticipantRepository)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {ParticipantRepository.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "find" -> people.stream().filter(p -> p.id() == (Long) args[0]).findFirst();
                  case "findByEmail" ->
                      people.stream().filter(p -> p.email().equals(args[0])).findFirst();
                  case "findByMatriculation" -> Optional.empty();
                  case "add" -> {
                    Stores.stored(args[0], people.size() + 1);
                    people.add((Participant) args[0]);
                    yield null;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @SuppressWarnings("unchecked")
  private <T> Event<T> events() {
    return (Event<T>)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Event.class},
            (proxy, method, args) -> {
              if (method.getName().equals("fire")) {
                fired.add(args[0]);
                return null;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private EnrolmentService service(Role role) {
    TalentPolicy policy = Wired.policyOf(role);
    PartnerDirectory directory =
        (PartnerDirectory)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {PartnerDirectory.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "all" -> List.of(ntu());
                      case "find" -> Optional.of(ntu());
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    Views views = new Views();
    Wired.inject(views, "partners", directory);
    Wired.inject(views, "policy", policy);
    Rosters rosters = new Rosters();
    Wired.inject(rosters, "cohorts", cohorts);
    Wired.inject(rosters, "enrolments", enrolments);
    Wired.inject(rosters, "sessions", sessions);
    Wired.inject(rosters, "views", views);
    Wired.inject(rosters, "policy", policy);
    Wired.inject(rosters, "audit", audit);
    Wired.inject(rosters, "clock", Wired.CLOCK);
    ParticipantRepository participants = participantStore();
    ParticipantService registration = new ParticipantService();
    Wired.inject(registration, "participants", participants);
    Wired.inject(registration, "policy", policy);
    Wired.inject(registration, "audit", audit);
    Wired.inject(registration, "clock", Wired.CLOCK);
    CertificateIssuer issuer = new CertificateIssuer();
    CertificateRepository certificateStore = certificateStore();
    Wired.inject(issuer, "certificates", certificateStore);
    CredentialIssuer credentials = new CredentialIssuer();
    Wired.inject(credentials, "certificates", certificateStore);
    Wired.inject(credentials, "signing", new TestSigning());
    Wired.inject(
        credentials,
        "publicLinks",
        new org.institute.core.infrastructure.ConfiguredPublicLinks("https://institute.example"));
    credentials.nameEn = "Institute";
    Wired.inject(issuer, "credentials", credentials);
    Wired.inject(issuer, "sessions", sessions);
    CertificateRenderer renderer =
        content -> {
          rendered.add(content);
          return onePagePdf();
        };
    Wired.inject(issuer, "renderer", renderer);
    try {
      Wired.inject(
          issuer,
          "seal",
          new PadesPdfSeal(
              Files.createTempDirectory("pdf-seal").resolve("pdf-signing.p12"),
              "Institute",
              Wired.CLOCK));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Wired.inject(issuer, "documents", documents());
    Wired.inject(issuer, "partners", directory);
    Wired.inject(issuer, "audit", audit);
    Wired.inject(issuer, "issued", events());
    Wired.inject(issuer, "clock", Wired.CLOCK);
    Wired.inject(
        issuer,
        "publicLinks",
        new org.institute.core.infrastructure.ConfiguredPublicLinks("https://institute.example//"));
    EnrolmentService service = new EnrolmentService();
    Wired.inject(service, "cohorts", cohorts);
    Wired.inject(service, "seats", seats);
    Wired.inject(service, "programmes", programmes);
    Wired.inject(service, "participants", participants);
    Wired.inject(service, "registration", registration);
    Wired.inject(service, "enrolments", enrolments);
    Wired.inject(service, "sessions", sessions);
    Wired.inject(service, "rosters", rosters);
    Wired.inject(service, "certificates", issuer);
    Wired.inject(service, "policy", policy);
    Wired.inject(service, "audit", audit);
    Wired.inject(service, "webhooks", webhooks);
    Wired.inject(service, "confirmed", events());
    Wired.inject(service, "waitlisted", events());
    Wired.inject(service, "clock", Wired.CLOCK);
    return service;
  }

  private static PartnerSummary ntu() {
    return new PartnerSummary(
        new PartnerId(1),
        "NTU",
        "Nanyang",
        "南洋理工",
        PartnerKind.UNIVERSITY,
        "SG",
        "S",
        Set.of(),
        true);
  }

  private CertificateRepository certificateStore() {
    return new CertificateRepository() {
      @Override
      public Optional<Certificate> findByCode(String code) {
        return certificates.stream().filter(c -> c.code().equals(code)).findFirst();
      }

      @Override
      public boolean codeTaken(String code) {
        return findByCode(code).isPresent();
      }

      @Override
      public void add(Certificate certificate) {
        certificates.add(certificate);
      }

      @Override
      public org.institute.core.Slice<Row> slice(
          org.institute.core.SearchText text,
          org.institute.core.ListSort sort,
          org.institute.core.PageRequest page) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Found search(
          org.institute.core.SearchText text,
          org.institute.core.ListSort sort,
          int offset,
          int limit) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<Row> row(String code) {
        throw new UnsupportedOperationException();
      }

      @Override
      public long placedInStatusLists() {
        return certificates.stream().filter(c -> c.statusSlot().isPresent()).count();
      }

      @Override
      public boolean statusSlotTaken(int list, int index) {
        return certificates.stream()
            .anyMatch(c -> c.statusSlot().equals(Optional.of(new StatusSlot(list, index))));
      }

      @Override
      public List<Integer> revokedIndexes(int list) {
        throw new UnsupportedOperationException();
      }

      @Override
      public int lastStatusList() {
        throw new UnsupportedOperationException();
      }
    };
  }

  private Documents documents() {
    return (Documents)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Documents.class},
            (proxy, method, args) -> {
              if (method.getName().equals("storePdf")) {
                return new StoredDocument(
                    55, (String) args[1], "application/pdf", 4, "x", Wired.NOW, "admin");
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** Programme 1, its cohort 1 of {@code seats} seats and one session; returns the cohort. */
  private Cohort setUp(int seats) {
    Programme programme =
        new Programme(
            new NewProgramme(
                "MM",
                ProgrammeKind.MINIMASTERS,
                "MiniMasters",
                "微硕士",
                null,
                null,
                Set.of(new PartnerId(1)),
                null,
                80,
                true),
            Wired.NOW);
    programmes.add(programme);
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
                CohortStatus.OPEN),
            Wired.NOW);
    cohorts.add(cohort);
    sessions.add(
        new Session(
            1,
            new NewSession(
                // a session held before now (Wired.NOW): attendance can be taken
                LocalDateTime.of(2027, 1, 5, 9, 0),
                "Asia/Singapore",
                60,
                "Kick-off",
                null,
                DeliveryMode.ONLINE,
                null,
                null)));
    return cohort;
  }

  private Participant person(String name) {
    Participant p =
        Participant.register(
            new NewParticipant(name, null, name.toLowerCase() + "@example.com", null, null, null),
            Wired.NOW);
    Stores.stored(p, people.size() + 1);
    people.add(p);
    return p;
  }

  @Test
  void participantsTakeTheSeatsThenTheWaitlistInOrderAndSeatsAreAnnounced() {
    setUp(1);
    EnrolmentService service = service(Role.COORDINATOR);
    person("Ann");
    person("Bob");
    person("Cy");

    EnrolmentResult ann = service.enrol(1, 1);
    EnrolmentResult bob = service.enrol(1, 2);
    EnrolmentResult cy = service.enrol(1, 3);

    assertThat(ann.state()).isEqualTo(EnrolmentState.ENROLLED);
    assertThat(ann.waitlistPosition()).isNull();
    assertThat(bob.waitlistPosition()).isEqualTo(1);
    assertThat(cy.waitlistPosition()).isEqualTo(2);
    assertThat(audit.entries)
        .containsExactly(
            "ENROLLED Enrolment#1: participant 1 in cohort 1",
            "WAITLISTED Enrolment#2: participant 2 in cohort 1, waitlist position 1",
            "WAITLISTED Enrolment#3: participant 3 in cohort 1, waitlist position 2");
    assertThat(fired)
        .containsExactly(
            new EnrolmentConfirmed(1, 1, 1, false, Wired.NOW),
            new EnrolmentWaitlisted(2, 1, 2, 1, Wired.NOW),
            new EnrolmentWaitlisted(3, 1, 3, 2, Wired.NOW));
  }

  @Test
  void anEnrolmentTakesItsPlaceInOneCounterStepWithoutLockingTheCohort() {
    setUp(1);
    EnrolmentService service = service(Role.COORDINATOR);
    person("Ann");
    person("Bob");

    service.enrol(1, 1);
    service.enrol(1, 2);

    assertThat(cohorts.claims).isEqualTo(2);
    assertThat(cohorts.locks).isZero();
    assertThat(enrolments.all.get(1).waitlistTicket()).isEqualTo(1);
  }

  @Test
  void theWaitlistPositionIsTheOneTheCounterHandsOutNotARecount() {
    setUp(1);
    person("Ann");
    // the counter row, read under its lock, says seven wait and this is the ninth ticket; the rows
    // this transaction can see would say first in line
    seats = cohortId -> Optional.of(Seats.Place.waiting(9, 7));
    EnrolmentService service = service(Role.COORDINATOR);

    EnrolmentResult result = service.enrol(1, 1);

    assertThat(result.state()).isEqualTo(EnrolmentState.WAITLISTED);
    assertThat(result.waitlistPosition()).isEqualTo(7);
    assertThat(enrolments.all.get(0).waitlistTicket()).isEqualTo(9);
    assertThat(audit.entries)
        .containsExactly("WAITLISTED Enrolment#1: participant 1 in cohort 1, waitlist position 7");
    assertThat(fired).containsExactly(new EnrolmentWaitlisted(1, 1, 1, 7, Wired.NOW));
  }

  @Test
  void theWebhookEndpointsAreReadBeforeTheSeatCounterIsLocked() {
    setUp(1);
    person("Ann");
    person("Bob");
    List<Integer> readsAtClaim = new ArrayList<>();
    Seats counter = seats;
    seats =
        cohortId -> {
          readsAtClaim.add(webhooks.readsAhead);
          return counter.claim(cohortId);
        };
    EnrolmentService service = service(Role.COORDINATOR);

    service.enrol(1, 1);
    service.enrol(1, 2);
    assertThat(readsAtClaim).containsExactly(1, 2);

    service.withdraw(1, 1);
    assertThat(webhooks.readsAhead)
        .as("a withdrawal locks the cohort before its first read: nothing read ahead")
        .isEqualTo(2);
    assertThat(fired).contains(new EnrolmentConfirmed(2, 1, 2, true, Wired.NOW));
  }

  @Test
  void aCohortClosedBeforeItsCounterIsReachedRefusesTheEnrolmentAndStoresNothing() {
    setUp(1);
    person("Ann");
    // the cohort read open, but its counters found it closed (a concurrent status change)
    seats = cohortId -> Optional.empty();
    EnrolmentService service = service(Role.COORDINATOR);

    assertThatThrownBy(() -> service.enrol(1, 1))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.messageKey()).isEqualTo("cohort.notTakingEnrolments"));
    assertThat(enrolments.all).isEmpty();
    assertThat(audit.entries).isEmpty();
    assertThat(fired).isEmpty();
  }

  @Test
  void theCountersEqualTheRowsAfterEveryEnrolmentWithdrawalAndPromotion() {
    Cohort cohort = setUp(2);
    EnrolmentService service = service(Role.COORDINATOR);
    for (String name : List.of("Ann", "Bob", "Cy", "Dee", "Eve")) {
      person(name);
    }
    List<Runnable> steps =
        List.of(
            () -> service.enrol(1, 1),
            () -> service.enrol(1, 2),
            () -> service.enrol(1, 3),
            () -> service.enrol(1, 4),
            () -> service.withdraw(1, 1), // Cy promoted
            () -> service.withdraw(1, 4), // a waiting one leaves: no seat changes
            () -> service.registerAndEnrol(1, newcomer("Fay")),
            () -> service.enrol(1, 1), // Ann comes back to the end of the line
            () -> service.withdraw(1, 2), // Fay promoted
            () -> service.withdraw(1, 3), // Ann promoted
            () -> service.withdraw(1, 5), // Fay leaves, nobody is waiting
            () -> service.enrol(1, 5));
    for (Runnable step : steps) {
      step.run();
      assertThat(cohort.enrolledCount())
          .isEqualTo(count(EnrolmentState.ENROLLED))
          .isLessThanOrEqualTo(2);
      assertThat(cohort.waitlistLength()).isEqualTo(count(EnrolmentState.WAITLISTED));
    }
    assertThat(cohort.enrolledCount()).isEqualTo(2);
    assertThat(enrolments.all)
        .filteredOn(e -> e.state() == EnrolmentState.ENROLLED)
        .extracting(Enrolment::participantId)
        .containsExactlyInAnyOrder(1L, 5L);
  }

  @Test
  void aReturningParticipantIsToldThePositionAtTheEndOfTheLine() {
    setUp(1);
    EnrolmentService service = service(Role.COORDINATOR);
    for (String name : List.of("Ann", "Bob", "Cy", "Dee")) {
      person(name);
    }
    service.enrol(1, 1);
    service.enrol(1, 2);
    service.enrol(1, 3);
    service.withdraw(1, 1); // Bob promoted; Cy first in line

    EnrolmentResult dee = service.enrol(1, 4);
    EnrolmentResult ann = service.enrol(1, 1);

    assertThat(dee.waitlistPosition()).isEqualTo(2);
    assertThat(ann.waitlistPosition()).isEqualTo(3);
    assertThat(ann.waitlistPosition())
        .isEqualTo(enrolments.waitlistPosition(1, enrolments.all.get(0).waitlistTicket()));
  }

  private long count(EnrolmentState state) {
    return enrolments.all.stream().filter(e -> e.state() == state).count();
  }

  private static NewParticipant newcomer(String name) {
    return new NewParticipant(name, null, name.toLowerCase() + "@example.com", null, null, null);
  }

  @Test
  void aWithdrawalHandsTheSeatToTheFirstWaitingAndAnnouncesIt() {
    setUp(1);
    EnrolmentService service = service(Role.COORDINATOR);
    person("Ann");
    person("Bob");
    service.enrol(1, 1);
    service.enrol(1, 2);

    Withdrawal w = service.withdraw(1, 1);

    assertThat(w.withdrawn().state()).isEqualTo(EnrolmentState.WITHDRAWN);
    assertThat(w.promoted().enrolmentId()).isEqualTo(2);
    assertThat(w.promoted().state()).isEqualTo(EnrolmentState.ENROLLED);
    assertThat(audit.entries.subList(2, 4))
        .containsExactly(
            "WITHDRAWN Enrolment#1: participant 1 left cohort 1",
            "PROMOTED_FROM_WAITLIST Enrolment#2: participant 2 takes a freed seat in cohort 1");
    assertThat(fired).contains(new EnrolmentConfirmed(2, 1, 2, true, Wired.NOW));
  }

  @Test
  void aWithdrawalWithNobodyWaitingPromotesNobody() {
    setUp(2);
    EnrolmentService service = service(Role.COORDINATOR);
    person("Ann");
    service.enrol(1, 1);

    Withdrawal w = service.withdraw(1, 1);

    assertThat(w.promoted()).isNull();
    assertThat(audit.entries).hasSize(2);
    assertThat(fired).hasSize(1);
  }

  @Test
  void onlyWritersChangeEnrolments() {
    setUp(2);
    person("Ann");
    service(Role.COORDINATOR).enrol(1, 1);
    EnrolmentService council = service(Role.COUNCIL);

    assertThatThrownBy(() -> council.enrol(1, 1)).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> council.registerAndEnrol(1, null))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> council.withdraw(1, 1)).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> council.recordAttendance(1, 1, Set.of()))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> council.recordAssessment(1, 1, true))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> council.complete(1, 1)).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> council.fail(1, 1)).isInstanceOf(AccessRefusedException.class);
    assertThat(enrolments.all.get(0).state()).isEqualTo(EnrolmentState.ENROLLED);
  }

  @Test
  void unknownCohortsParticipantsAndEnrolmentsAreRefused() {
    setUp(2);
    person("Ann");
    EnrolmentService service = service(Role.COORDINATOR);
    service.enrol(1, 1);

    assertThatThrownBy(() -> service.enrol(9, 1)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> service.enrol(1, 9))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("participant.unknown"));
    assertThatThrownBy(() -> service.withdraw(9, 1)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> service.withdraw(1, 9)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> service.fail(2, 1)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> service.complete(9, 1)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> service.registerAndEnrol(9, null))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void aNewcomerIsRegisteredAndEnrolledAtOnce() {
    setUp(2);

    EnrolmentResult r =
        service(Role.ADMIN)
            .registerAndEnrol(
                1, new NewParticipant("Dee", null, "dee@example.com", null, null, null));

    assertThat(r.participantId()).isEqualTo(1);
    assertThat(r.state()).isEqualTo(EnrolmentState.ENROLLED);
    assertThat(people).hasSize(1);
    assertThat(audit.entries.get(0)).startsWith("PARTICIPANT_REGISTERED");
    assertThat(audit.entries.get(1)).isEqualTo("ENROLLED Enrolment#1: participant 1 in cohort 1");
  }

  @Test
  void aWithdrawnParticipantComesBackOnTheSameEnrolment() {
    setUp(2);
    person("Ann");
    EnrolmentService service = service(Role.COORDINATOR);
    service.enrol(1, 1);
    service.withdraw(1, 1);

    EnrolmentResult back = service.enrol(1, 1);

    assertThat(back.enrolmentId()).isEqualTo(1);
    assertThat(enrolments.all).hasSize(1);
    assertThatThrownBy(() -> service.enrol(1, 1)).isInstanceOf(ConflictException.class);
  }

  @Test
  void attendanceMarksEverySeatedParticipantPresentButTheAbsent() {
    setUp(3);
    person("Ann");
    person("Bob");
    EnrolmentService service = service(Role.COORDINATOR);
    service.enrol(1, 1);
    service.enrol(1, 2);

    assertThat(service.attendance(1, 1).marks())
        .extracting(AttendanceSheet.Mark::present)
        .containsOnlyNulls();
    AttendanceSheet sheet = service.recordAttendance(1, 1, Set.of(2L));

    assertThat(sheet.marks())
        .extracting(m -> m.nameLatin() + "=" + m.present())
        .containsExactlyInAnyOrder("Ann=true", "Bob=false");
    assertThat(sheet.session().attendanceTaken()).isTrue();
    assertThat(audit.entries.get(2))
        .isEqualTo("ATTENDANCE_RECORDED Session#1: cohort 1: 1 present, absent [2]");

    AttendanceSheet corrected = service.recordAttendance(1, 1, null);

    assertThat(corrected.marks()).extracting(AttendanceSheet.Mark::present).containsOnly(true);
    assertThat(sessions.marks).hasSize(2);
  }

  @Test
  void onlySeatedParticipantsAreMarkedAbsentAndOnlyInTheirCohortsSessions() {
    setUp(1);
    person("Ann");
    person("Bob");
    EnrolmentService service = service(Role.COORDINATOR);
    service.enrol(1, 1);
    service.enrol(1, 2);

    assertThatThrownBy(() -> service.recordAttendance(1, 1, Set.of(2L)))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("attendance.notSeated"));
    assertThatThrownBy(() -> service.recordAttendance(1, 7, Set.of()))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> service.recordAttendance(7, 1, Set.of()))
        .isInstanceOf(RecordNotFoundException.class);
    cohorts.add(
        new Cohort(
            new NewCohort(
                1,
                "2028 intake",
                null,
                LocalDate.of(2028, 3, 1),
                LocalDate.of(2028, 6, 30),
                LocalDate.of(2028, 1, 1),
                LocalDate.of(2028, 2, 15),
                5,
                null,
                CohortStatus.OPEN),
            Wired.NOW));
    assertThatThrownBy(() -> service.recordAttendance(2, 1, Set.of()))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> service.attendance(2, 1)).isInstanceOf(RecordNotFoundException.class);
    assertThat(sessions.marks).isEmpty();
  }

  @Test
  void theRosterListsSeatsByNameThenTheWaitlistInOrderThenTheWithdrawn() {
    setUp(2);
    person("Zoe");
    person("Mia");
    person("Adam");
    person("Lee");
    EnrolmentService service = service(Role.COORDINATOR);
    service.enrol(1, 1);
    service.enrol(1, 2);
    service.enrol(1, 3);
    service.enrol(1, 4);
    service.recordAttendance(1, 1, Set.of());
    service.withdraw(1, 1);

    Roster roster = service.roster(1);

    assertThat(roster.seated()).extracting(RosterEntry::nameLatin).containsExactly("Adam", "Mia");
    assertThat(roster.waitlist()).extracting(RosterEntry::nameLatin).containsExactly("Lee");
    assertThat(roster.waitlist().get(0).waitlistPosition()).isEqualTo(1);
    assertThat(roster.withdrawn()).extracting(RosterEntry::nameLatin).containsExactly("Zoe");
    RosterEntry mia = roster.seated().get(1);
    assertThat(mia.sessionsAttended()).isEqualTo(1);
    RosterEntry adam = roster.seated().get(0);
    assertThat(adam.sessionsAttended()).isZero();
    assertThat(adam.sessionsTaken()).isEqualTo(1);
    assertThat(adam.email()).isEqualTo("adam@example.com");
    assertThat(adam.waitlistPosition()).isNull();
    assertThat(roster.cohort().name()).isEqualTo("2027 intake");
  }

  @Test
  void aSearchedRosterKeepsEachWaitlistedPlaceInTheWholeLine() {
    setUp(1);
    person("Zoe");
    person("Mia");
    person("Adam");
    person("Lee");
    EnrolmentService service = service(Role.COORDINATOR);
    service.enrol(1, 1);
    service.enrol(1, 2);
    service.enrol(1, 3);
    service.enrol(1, 4);

    Roster found = service.roster(1, " lee ", "name,desc");

    assertThat(found.seated()).isEmpty();
    assertThat(found.waitlist()).extracting(RosterEntry::nameLatin).containsExactly("Lee");
    assertThat(found.waitlist().get(0).waitlistPosition()).isEqualTo(3);
    assertThat(service.roster(1, null, "name,desc").waitlist())
        .extracting(RosterEntry::nameLatin)
        .containsExactly("Mia", "Adam", "Lee");
  }

  @Test
  void aRosterRefusesAnUnknownSort() {
    setUp(2);
    EnrolmentService service = service(Role.COORDINATOR);

    assertThatThrownBy(() -> service.roster(1, null, "attendance,asc"))
        .isInstanceOf(org.institute.core.InvalidCommandException.class);
  }

  @Test
  void partnerStaffOfAnotherPartnerDoNotSeeTheRoster() {
    setUp(2);
    EnrolmentService stranger = service(Role.COORDINATOR);
    TalentPolicy otherPartner =
        new TalentPolicy(TestCaller.of(Set.of(Role.PARTNER_STAFF), Optional.of(new PartnerId(2))));
    Wired.inject(stranger, "rosters", rostersReadBy(otherPartner));

    assertThatThrownBy(() -> stranger.roster(1)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> stranger.attendance(1, 1)).isInstanceOf(RecordNotFoundException.class);
  }

  private Rosters rostersReadBy(TalentPolicy policy) {
    Rosters rosters = new Rosters();
    Wired.inject(rosters, "cohorts", cohorts);
    Wired.inject(rosters, "enrolments", enrolments);
    Wired.inject(rosters, "sessions", sessions);
    Wired.inject(rosters, "policy", policy);
    Wired.inject(rosters, "audit", audit);
    Wired.inject(rosters, "clock", Wired.CLOCK);
    return rosters;
  }

  @Test
  void completionNeedsTheRuleAndIssuesADatedCertificateOnce() {
    setUp(2);
    person("Ann");
    EnrolmentService service = service(Role.COORDINATOR);
    service.enrol(1, 1);
    service.recordAttendance(1, 1, Set.of());
    assertThatThrownBy(() -> service.complete(1, 1))
        .isInstanceOf(ConflictException.class)
        .hasMessage("completion.assessmentNotPassed");

    EnrolmentResult assessed = service.recordAssessment(1, 1, true);
    CertificateView certificate = service.complete(1, 1);

    assertThat(assessed.state()).isEqualTo(EnrolmentState.ENROLLED);
    assertThat(enrolments.all.get(0).state()).isEqualTo(EnrolmentState.COMPLETED);
    assertThat(certificate.holderLatin()).isEqualTo("Ann");
    assertThat(certificate.cohortId()).isEqualTo(1);
    assertThat(certificate.issuedOn()).isEqualTo(LocalDate.of(2027, 1, 10));
    assertThat(certificates).hasSize(1);
    assertThat(certificates.get(0).documentId()).isEqualTo(55L);
    assertThat(certificates.get(0).credential())
        .hasValueSatisfying(c -> assertThat(c).contains("."));
    assertThat(certificates.get(0).statusSlot())
        .hasValueSatisfying(s -> assertThat(s.list()).isOne());
    String code = certificate.code();
    assertThat(rendered.get(0).issuersEn()).containsExactly("Nanyang");
    assertThat(rendered.get(0).issuersZh()).containsExactly("南洋理工");
    assertThat(rendered.get(0).verificationUrl())
        .isEqualTo("https://institute.example/verify/" + code);
    assertThat(audit.entries)
        .contains(
            "ASSESSMENT_RECORDED Enrolment#1: passed",
            "COMPLETED Enrolment#1: attended 1 of 1 sessions, assessment passed",
            "CERTIFICATE_ISSUED Certificate#" + code + ": enrolment 1, MM, cohort 1");
    assertThat(fired)
        .contains(
            new CertificateIssued(
                code,
                1,
                1,
                1,
                LocalDate.of(2027, 1, 10),
                "https://institute.example/verify/" + code,
                "https://institute.example/api/v1/certificates/" + code + "/credential"));
    assertThatThrownBy(() -> service.complete(1, 1)).isInstanceOf(ConflictException.class);
  }

  /** A second session of cohort 1, starting the given number of days after Wired.NOW. */
  private void laterSession(int daysAfterNow) {
    sessions.add(
        new Session(
            1,
            new NewSession(
                LocalDateTime.ofInstant(Wired.NOW, java.time.ZoneOffset.UTC).plusDays(daysAfterNow),
                "UTC",
                60,
                "Pitch day",
                null,
                DeliveryMode.ONLINE,
                null,
                null)));
  }

  @Test
  void attendanceForASessionThatHasNotStartedIsRefusedAndNothingIsMarked() {
    setUp(2);
    person("Ann");
    EnrolmentService service = service(Role.COORDINATOR);
    service.enrol(1, 1);
    laterSession(9);

    assertThatThrownBy(() -> service.recordAttendance(1, 2, Set.of()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("attendance.sessionNotStarted");

    assertThat(sessions.marks).isEmpty();
    assertThat(sessions.all.get(1).isAttendanceTaken()).isFalse();
    assertThat(audit.entries).noneMatch(e -> e.startsWith("ATTENDANCE_RECORDED"));
  }

  /** Ann holds a seat in cohort 1, attended its one session and passed the assessment. */
  private EnrolmentService annAttendedAndPassed() {
    setUp(2);
    person("Ann");
    EnrolmentService service = service(Role.COORDINATOR);
    service.enrol(1, 1);
    service.recordAttendance(1, 1, Set.of());
    service.recordAssessment(1, 1, true);
    return service;
  }

  @Test
  void beforeTheLastSessionHasEndedCompletionNeedsAReasonWhichIsAudited() {
    EnrolmentService service = annAttendedAndPassed();
    laterSession(9);

    assertThat(service.roster(1).courseOver()).isFalse();
    assertThatThrownBy(() -> service.complete(1, 1))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations().get(0))
                    .isEqualTo(
                        new org.institute.core.Violation("reason", "completion.beforeCourseEnd")));
    assertThat(enrolments.all.get(0).state()).isEqualTo(EnrolmentState.ENROLLED);
    assertThat(certificates).isEmpty();

    CertificateView certificate = service.complete(1, 1, " posted abroad from January ");

    assertThat(certificate.holderLatin()).isEqualTo("Ann");
    assertThat(enrolments.all.get(0).state()).isEqualTo(EnrolmentState.COMPLETED);
    assertThat(audit.entries)
        .contains(
            "COMPLETED Enrolment#1: attended 1 of 1 sessions, assessment passed,"
                + " before the course ended: posted abroad from January");
  }

  @Test
  void onceTheLastSessionHasEndedTheRosterSaysSoAndNoReasonIsAsked() {
    EnrolmentService service = annAttendedAndPassed();

    assertThat(service.roster(1).courseOver()).isTrue();
    service.complete(1, 1, "ignored once the course is over");

    assertThat(audit.entries)
        .contains("COMPLETED Enrolment#1: attended 1 of 1 sessions, assessment passed");
  }

  @Test
  void aFailedParticipantIsRecordedAndAudited() {
    setUp(2);
    person("Ann");
    EnrolmentService service = service(Role.COORDINATOR);
    service.enrol(1, 1);

    assertThat(service.recordAssessment(1, 1, false).state()).isEqualTo(EnrolmentState.ENROLLED);
    EnrolmentResult failed = service.fail(1, 1);

    assertThat(failed.state()).isEqualTo(EnrolmentState.FAILED);
    assertThat(audit.entries)
        .contains(
            "ASSESSMENT_RECORDED Enrolment#1: not passed", "FAILED Enrolment#1: did not complete");
  }

  /** A real one-page PDF, as the renderer makes, for the seal to sign. */
  private static byte[] onePagePdf() {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
