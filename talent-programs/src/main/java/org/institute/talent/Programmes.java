package org.institute.talent;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.core.PageRequest;
import org.institute.core.Slice;

/**
 * The programme catalogue, cohorts and sessions. Coordinators and admins register and change them;
 * partner staff read the programmes their partner owns; council members and auditors read all.
 */
public interface Programmes {

  /** Sort keys {@link #list} accepts. */
  List<String> SORTS = List.of("code", "title", "kind");

  Page<ProgrammeView> list(ProgrammeKind kind, String sort, int offset, int limit);

  Optional<ProgrammeView> find(long id);

  ProgrammeView register(NewProgramme programme);

  /** Changes a programme's titles, descriptions, eligibility and completion rule. */
  ProgrammeView revise(long programmeId, ProgrammeChanges changes);

  /** Sort keys {@link #cohorts} accepts. */
  List<String> COHORT_SORTS = List.of("startsOn", "name", "status");

  /** Cohorts, optionally of one programme, in the caller's scope. */
  Page<CohortView> cohorts(Long programmeId, String sort, int offset, int limit);

  /**
   * The same cohorts read by keyset (decision 0095): the rows after the page's cursor, counted only
   * when the page asks for the exact total.
   */
  Slice<CohortView> cohorts(Long programmeId, String sort, PageRequest page);

  Optional<CohortDetail> cohort(long id);

  /**
   * The waitlists of the cohorts taking enrolments whose enrolments the caller manages, summed in
   * the database ({@link Waitlists#NONE} for a caller who manages none): what a home page shows.
   */
  Waitlists waitlists();

  CohortView openCohort(NewCohort cohort);

  CohortView changeStatus(long cohortId, CohortStatus status);

  /**
   * Changes a cohort's names, dates, capacity and fee. A capacity below the seats taken is refused;
   * a larger one seats those waiting, first come first served.
   */
  CohortView reviseCohort(long cohortId, CohortChanges changes);

  SessionView schedule(long cohortId, NewSession session);

  /**
   * Moves or renames a session of the cohort. A session whose attendance was taken cannot move to a
   * start that has not come yet.
   */
  SessionView reschedule(long cohortId, long sessionId, NewSession changes);

  /**
   * What the caller may do in talent programmes in general, for menus and home pages; what they may
   * do to one record is on its view ({@code allowedActions}).
   */
  Set<TalentAction> allowedActions();
}
