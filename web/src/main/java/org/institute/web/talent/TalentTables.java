package org.institute.web.talent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.institute.talent.CohortView;
import org.institute.talent.Enrolments;
import org.institute.talent.ParticipantView;
import org.institute.talent.Participants;
import org.institute.talent.Programmes;
import org.institute.talent.Roster;
import org.institute.talent.RosterEntry;
import org.institute.web.platform.export.Column;
import org.institute.web.platform.export.Table;

/**
 * The talent programmes' lists as exportable tables, for the API and the portal alike (decision
 * 0051). Each reads through the same service call as its JSON list, so an export holds what the
 * caller may see: a partner's staff get their partner's cohorts and rosters only.
 */
@RequestScoped
public class TalentTables {

  /** The fee sits beside its currency. */
  static final List<Column<CohortView>> COHORT_COLUMNS =
      List.of(
          Column.of("id", CohortView::id),
          Column.of("programmeCode", CohortView::programmeCode),
          Column.of("programmeTitleEn", CohortView::programmeTitleEn),
          Column.of("programmeTitleZh", CohortView::programmeTitleZh),
          Column.of("name", CohortView::name),
          Column.of("nameZh", CohortView::nameZh),
          Column.of("startsOn", CohortView::startsOn),
          Column.of("endsOn", CohortView::endsOn),
          Column.of("capacity", CohortView::capacity),
          Column.of("enrolled", CohortView::enrolled),
          Column.of("waitlisted", CohortView::waitlisted),
          Column.of(
              "feeAmount",
              (CohortView c) -> c.feeAmount() == null ? null : new BigDecimal(c.feeAmount())),
          Column.of("feeCurrency", CohortView::feeCurrency),
          Column.of("status", CohortView::status));

  /** For the coordinators who hold these records. */
  static final List<Column<ParticipantView>> PARTICIPANT_COLUMNS =
      List.of(
          Column.of("id", ParticipantView::id),
          Column.of("nameLatin", ParticipantView::nameLatin),
          Column.of("nameZh", ParticipantView::nameZh),
          Column.of("email", ParticipantView::email),
          Column.of("organisation", ParticipantView::organisation),
          Column.of("matriculationNumber", ParticipantView::matriculationNumber),
          Column.of("nationality", ParticipantView::nationality));

  /**
   * Seated first (by name), then the waitlist in order, then withdrawals, as the roster shows them.
   */
  static final List<Column<RosterEntry>> ROSTER_COLUMNS =
      List.of(
          Column.of("enrolmentId", RosterEntry::enrolmentId),
          Column.of("participantId", RosterEntry::participantId),
          Column.of("nameLatin", RosterEntry::nameLatin),
          Column.of("nameZh", RosterEntry::nameZh),
          Column.of("email", RosterEntry::email),
          Column.of("organisation", RosterEntry::organisation),
          Column.of("state", RosterEntry::state),
          Column.of("waitlistPosition", RosterEntry::waitlistPosition),
          Column.of("assessmentPassed", RosterEntry::assessmentPassed),
          Column.of("sessionsAttended", RosterEntry::sessionsAttended),
          Column.of("sessionsTaken", RosterEntry::sessionsTaken),
          Column.of("certificateCode", RosterEntry::certificateCode));

  @Inject private Programmes programmes;
  @Inject private Participants participants;
  @Inject private Enrolments enrolments;

  /** {@code sort} as checked by the caller against {@link Programmes#COHORT_SORTS}. */
  public Table<CohortView> cohorts(Long programmeId, String sort) {
    return Table.sliced(
        "cohorts", COHORT_COLUMNS, page -> programmes.cohorts(programmeId, sort, page));
  }

  public Table<ParticipantView> participants(String q) {
    return Table.sliced("participants", PARTICIPANT_COLUMNS, page -> participants.search(q, page));
  }

  /**
   * Read at once: a cohort's roster is bounded by its capacity and waitlist, and a refusal comes
   * first.
   */
  public Table<RosterEntry> roster(long cohortId) {
    Roster roster = enrolments.roster(cohortId);
    List<RosterEntry> rows = new ArrayList<>(roster.seated());
    rows.addAll(roster.waitlist());
    rows.addAll(roster.withdrawn());
    return Table.of("cohort-" + cohortId + "-roster", ROSTER_COLUMNS, rows);
  }
}
