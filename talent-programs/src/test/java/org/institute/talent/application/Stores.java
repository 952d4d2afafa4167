package org.institute.talent.application;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.PartnerId;
import org.institute.core.Scope;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.domain.Attendance;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.CohortRepository;
import org.institute.talent.domain.Programme;
import org.institute.talent.domain.ProgrammeRepository;
import org.institute.talent.domain.Seats;
import org.institute.talent.domain.Session;
import org.institute.talent.domain.SessionRepository;

/** In-memory stores of programmes, cohorts and sessions; each gives ids from 1 as it stores. */
final class Stores {
  private Stores() {}

  static void stored(Object entity, long id) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static final class Programmes implements ProgrammeRepository {
    final List<Programme> all = new ArrayList<>();

    private static boolean inScope(Programme p, Scope owners) {
      return owners.includesAny(p.owners());
    }

    @Override
    public Optional<Programme> find(long id) {
      return all.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public Optional<Programme> findByCode(String code) {
      return all.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    @Override
    public void add(Programme programme) {
      stored(programme, all.size() + 1);
      all.add(programme);
    }

    @Override
    public List<Programme> list(
        ProgrammeKind kind, Scope owners, String sort, int offset, int limit) {
      return all.stream()
          .filter(p -> (kind == null || p.kind() == kind) && inScope(p, owners))
          .skip(offset)
          .limit(limit)
          .toList();
    }

    @Override
    public long count(ProgrammeKind kind, Scope owners) {
      return all.stream()
          .filter(p -> (kind == null || p.kind() == kind) && inScope(p, owners))
          .count();
    }

    @Override
    public Map<Long, Set<Long>> owners(Collection<Long> programmeIds) {
      Map<Long, Set<Long>> owners = new HashMap<>();
      all.stream()
          .filter(p -> programmeIds.contains(p.id()))
          .forEach(
              p ->
                  owners.put(
                      p.id(),
                      p.owners().stream().map(PartnerId::value).collect(Collectors.toSet())));
      return owners;
    }
  }

  static final class Cohorts implements CohortRepository {
    final List<Cohort> all = new ArrayList<>();
    final Programmes programmes;
    int locks;
    int claims;

    /** The stored cohort's counters, changed in one step as the database's update does. */
    final Seats seats =
        cohortId -> {
          claims++;
          return find(cohortId).orElseThrow().lockedSeats().claim(cohortId);
        };

    Cohorts(Programmes programmes) {
      this.programmes = programmes;
    }

    @Override
    public Optional<Cohort> find(long id) {
      return all.stream().filter(c -> c.id() == id).findFirst();
    }

    @Override
    public Optional<Cohort> lock(long id) {
      locks++;
      return find(id);
    }

    @Override
    public void add(Cohort cohort) {
      stored(cohort, all.size() + 1);
      all.add(cohort);
    }

    @Override
    public List<Row> list(Long programmeId, Scope owners, String sort, int offset, int limit) {
      return all.stream()
          .filter(c -> programmeId == null || c.programmeId() == programmeId)
          .map(c -> row(c.id()).orElseThrow())
          .filter(r -> owners.includesAny(r.programme().owners()))
          .skip(offset)
          .limit(limit)
          .toList();
    }

    @Override
    public long count(Long programmeId, Scope owners) {
      return list(programmeId, owners, null, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public org.institute.core.Slice<Row> slice(
        Long programmeId,
        Scope owners,
        org.institute.core.ListSort sort,
        org.institute.core.PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public org.institute.talent.Waitlists waitlists(
        Scope owners, java.util.Set<org.institute.talent.CohortStatus> statuses) {
      List<Cohort> waiting =
          list(null, owners, null, 0, Integer.MAX_VALUE).stream()
              .map(Row::cohort)
              .filter(c -> statuses.contains(c.status()) && c.waitlistLength() > 0)
              .toList();
      return new org.institute.talent.Waitlists(
          waiting.size(),
          waiting.stream().mapToLong(Cohort::waitlistLength).sum(),
          waiting.size() == 1 ? waiting.get(0).id() : null);
    }

    @Override
    public Optional<Row> row(long id) {
      return find(id).map(c -> new Row(c, programmes.find(c.programmeId()).orElseThrow(), 0));
    }
  }

  static final class Sessions implements SessionRepository {
    final List<Session> all = new ArrayList<>();
    final List<Attendance> marks = new ArrayList<>();

    @Override
    public Optional<Session> find(long id) {
      return all.stream().filter(s -> s.id() == id).findFirst();
    }

    @Override
    public void add(Session session) {
      stored(session, all.size() + 1);
      all.add(session);
    }

    @Override
    public List<Session> ofCohort(long cohortId) {
      return all.stream().filter(s -> s.cohortId() == cohortId).toList();
    }

    @Override
    public int taken(long cohortId) {
      return (int) ofCohort(cohortId).stream().filter(Session::isAttendanceTaken).count();
    }

    @Override
    public Map<Long, Attendance> marks(long sessionId) {
      Map<Long, Attendance> bySession = new HashMap<>();
      marks.stream()
          .filter(a -> a.sessionId() == sessionId)
          .forEach(a -> bySession.put(a.enrolmentId(), a));
      return bySession;
    }

    @Override
    public void add(Attendance attendance) {
      marks.add(attendance);
    }
  }
}
