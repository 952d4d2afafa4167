package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.core.Scope;
import org.institute.talent.CohortAction;
import org.institute.talent.CohortStatus;
import org.institute.talent.EnrolmentAction;
import org.institute.talent.EnrolmentState;
import org.institute.talent.PlacementAction;
import org.institute.talent.PlacementStatus;
import org.institute.talent.ProgrammeAction;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.TalentAction;
import org.institute.talent.domain.Placement;

/**
 * Who may do what in talent programmes, in one place (decision 0022). Coordinators and admins write
 * and read everything: the module widens the core's {@link Caller#scope()} to all partners for its
 * own role, the coordinator. Council members and auditors read everything; partner staff read the
 * programmes their partner owns, and staff of a host company also its positions and placements;
 * everybody else nothing. The services ask this policy before they act and the views carry what it
 * allows, so pages and menus never decide it again.
 */
@ApplicationScoped
class TalentPolicy {

  private final Caller caller;

  @Inject
  TalentPolicy(Caller caller) {
    this.caller = caller;
  }

  /** For the container's proxy only. */
  protected TalentPolicy() {
    this(null);
  }

  /**
   * Coordinators and admins write. Work the server starts itself (demo data at start-up) runs
   * through the core's SystemActor, which holds the admin role, so an anonymous caller never
   * writes.
   */
  boolean mayWrite() {
    return caller.hasRole(Role.ADMIN) || caller.hasRole(Role.COORDINATOR);
  }

  /** Whether the caller manages cohorts' enrolments: the rule {@link #cohortActions} applies. */
  boolean mayManageEnrolments() {
    return cohortActions(CohortStatus.OPEN, ProgrammeKind.MINIMASTERS)
        .contains(CohortAction.MANAGE_ENROLMENTS);
  }

  void requireWriter(String what) {
    if (!mayWrite()) {
      throw new AccessRefusedException(what);
    }
  }

  /** Reading participant records (personal data) and certificates is for writers only. */
  void requirePeopleReader() {
    requireWriter("reading participant records");
  }

  /**
   * A certificate's PDF: writers at any time; anyone else who holds its code (printed on the
   * certificate, mailed only to its holder) while the certificate is in force. The PDF shows no
   * more than the public verification page of the same code.
   */
  boolean mayReadPdf(boolean revoked) {
    return mayWrite() || !revoked;
  }

  /** Whose programmes the caller reads: the core's scope, widened to all for writers. */
  Scope readScope() {
    return mayWrite() ? Scope.all() : caller.scope();
  }

  /**
   * The caller's reading scope for a list.
   *
   * @throws AccessRefusedException when the caller may read no programme at all
   */
  Scope requireReadScope(String what) {
    Scope scope = readScope();
    if (scope.isNone()) {
      throw new AccessRefusedException(what);
    }
    return scope;
  }

  /** Whether a programme with these owners lies in the caller's scope. */
  boolean mayRead(Collection<PartnerId> owners) {
    return readScope().includesAny(owners);
  }

  /**
   * Whose positions and placements of an intake the caller reads: all of them when the programme is
   * in the caller's scope, else those hosted by partners in the scope (the staff of a host company
   * see its positions even when their partner does not own the programme).
   *
   * @throws AccessRefusedException when the caller may read no internships at all
   */
  Scope hostScope(Collection<PartnerId> programmeOwners) {
    Scope scope = requireReadScope("reading internships");
    return scope.includesAny(programmeOwners) ? Scope.all() : scope;
  }

  /**
   * Refuses an evaluation unless the caller writes or works for the position's host; staff of
   * another partner are told the placement does not exist.
   */
  void requireEvaluator(PartnerId host) {
    if (mayEvaluate(host)) {
      return;
    }
    if (caller.hasRole(Role.PARTNER_STAFF)) {
      throw new RecordNotFoundException("placement");
    }
    throw new AccessRefusedException("evaluating an intern");
  }

  private boolean mayEvaluate(PartnerId host) {
    return mayWrite()
        || (caller.hasRole(Role.PARTNER_STAFF) && caller.partner().map(host::equals).orElse(false));
  }

  /** What the caller may do in talent programmes in general (the menu asks this). */
  Set<TalentAction> generalActions() {
    Set<TalentAction> actions = EnumSet.noneOf(TalentAction.class);
    if (!readScope().isNone()) {
      actions.add(TalentAction.BROWSE_PROGRAMMES);
    }
    if (mayWrite()) {
      actions.add(TalentAction.REGISTER_PROGRAMME);
      actions.add(TalentAction.MANAGE_PARTICIPANTS);
      actions.add(TalentAction.MANAGE_CERTIFICATES);
    }
    return actions;
  }

  Set<ProgrammeAction> programmeActions() {
    return mayWrite() ? EnumSet.of(ProgrammeAction.OPEN_COHORT, ProgrammeAction.REVISE) : Set.of();
  }

  Set<CohortAction> cohortActions(CohortStatus status, ProgrammeKind kind) {
    if (!mayWrite()) {
      return Set.of();
    }
    Set<CohortAction> actions =
        EnumSet.of(
            CohortAction.MANAGE_ENROLMENTS,
            CohortAction.RECORD_ATTENDANCE,
            CohortAction.SCHEDULE_SESSION,
            CohortAction.CHANGE_STATUS);
    if (!status.isClosed()) {
      actions.add(CohortAction.REVISE);
    }
    if (status.takesEnrolments()) {
      actions.add(CohortAction.ENROL);
      actions.add(CohortAction.REGISTER_AND_ENROL);
      actions.add(CohortAction.IMPORT_ENROLMENTS);
    }
    if (kind == ProgrammeKind.INTERNSHIP_PROGRAMME) {
      actions.add(CohortAction.OPEN_POSITION);
      actions.add(CohortAction.RECORD_APPLICATION);
      actions.add(CohortAction.SET_PLACEMENT_TARGET);
    }
    return actions;
  }

  Set<EnrolmentAction> enrolmentActions(EnrolmentState state) {
    if (!mayWrite()) {
      return Set.of();
    }
    return switch (state) {
      case ENROLLED ->
          EnumSet.of(
              EnrolmentAction.RECORD_ASSESSMENT,
              EnrolmentAction.COMPLETE,
              EnrolmentAction.FAIL,
              EnrolmentAction.WITHDRAW);
      case WAITLISTED -> EnumSet.of(EnrolmentAction.WITHDRAW);
      default -> Set.of();
    };
  }

  /** The moves the placement's status allows, for writers; the evaluation for its evaluators. */
  Set<PlacementAction> placementActions(PlacementStatus status, PartnerId host) {
    Set<PlacementAction> actions = EnumSet.noneOf(PlacementAction.class);
    if (mayWrite()) {
      Placement.nextSteps(status).forEach(s -> actions.add(PlacementAction.movingTo(s)));
    }
    if (status == PlacementStatus.ACCEPTED && mayEvaluate(host)) {
      actions.add(PlacementAction.EVALUATE);
    }
    return actions;
  }
}
