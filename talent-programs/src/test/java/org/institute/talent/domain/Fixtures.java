package org.institute.talent.domain;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.core.PartnerId;
import org.institute.talent.CohortStatus;
import org.institute.talent.Eligibility;
import org.institute.talent.EnrolmentState;
import org.institute.talent.NewCohort;
import org.institute.talent.NewParticipant;
import org.institute.talent.NewProgramme;
import org.institute.talent.ProgrammeKind;

/** Aggregates as the store would give them back (with ids), and an in-memory waitlist. */
final class Fixtures {
  static final Instant NOW = Instant.parse("2026-03-01T01:00:00Z");
  private static long nextId = 1;

  private Fixtures() {}

  static <T> T withId(T entity) {
    try {
      Field id = entity.getClass().getDeclaredField("id");
      id.setAccessible(true);
      id.set(entity, nextId++);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static Programme programme(Eligibility eligibility) {
    return withId(
        new Programme(
            new NewProgramme(
                "MM-TECH",
                ProgrammeKind.MINIMASTERS,
                "MiniMasters",
                "微硕士",
                null,
                null,
                Set.of(new PartnerId(1)),
                eligibility,
                80,
                true),
            NOW));
  }

  static Cohort cohort(int capacity) {
    return withId(
        new Cohort(
            new NewCohort(
                1,
                "2026 intake",
                null,
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 28),
                capacity,
                null,
                CohortStatus.OPEN),
            NOW));
  }

  static Participant person(String email, String matriculation) {
    return withId(
        Participant.register(
            new NewParticipant("Person " + email, "学员", email, "NTU", matriculation, "SG"), NOW));
  }

  /** Enrolments kept in a list, as the repository would keep them. */
  static final class Book implements Waitlist {
    final List<Enrolment> all = new ArrayList<>();

    Enrolment admit(Cohort cohort, Programme programme, Participant p) {
      Optional<Enrolment> existing =
          all.stream().filter(e -> e.participantId() == p.id()).findFirst();
      Enrolment e = cohort.admit(programme, p, existing, NOW);
      if (existing.isEmpty()) {
        all.add(withId(e));
      }
      return e;
    }

    @Override
    public Optional<Enrolment> first(long cohortId) {
      return all.stream()
          .filter(e -> e.cohortId() == cohortId && e.state() == EnrolmentState.WAITLISTED)
          .min(Comparator.comparing(Enrolment::waitlistTicket));
    }

    long count(EnrolmentState state) {
      return all.stream().filter(e -> e.state() == state).count();
    }
  }
}
