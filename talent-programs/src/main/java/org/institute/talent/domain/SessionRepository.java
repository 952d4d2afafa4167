package org.institute.talent.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface SessionRepository {
  Optional<Session> find(long id);

  void add(Session session);

  List<Session> ofCohort(long cohortId);

  /** Sessions of the cohort whose attendance was taken. */
  int taken(long cohortId);

  /** The attendance marks of a session by enrolment id. */
  Map<Long, Attendance> marks(long sessionId);

  void add(Attendance attendance);
}
