package org.institute.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.PartnerId;
import org.institute.core.Role;
import org.institute.core.Scope;
import org.institute.partners.AgreementAction;
import org.institute.partners.CouncilAction;
import org.institute.partners.PartnerAction;
import org.institute.partners.PartnersAction;
import org.institute.partners.domain.Agreement;

/**
 * The partners module's one answer to "may this caller do X to this partner, agreement or council
 * record", built on the core's {@link Caller#scope()} and {@link Caller#requireAnyRole}. Services
 * ask it before they act; views carry its answers as {@code allowedActions}.
 *
 * <ul>
 *   <li>Everyone signed in browses partners and the agreements that are not confidential.
 *   <li>A confidential agreement is read by callers whose scope includes one of its parties (the
 *       institute: all; partner staff: their partner's).
 *   <li>A partner's people are seen by admins, auditors and the partner's own staff.
 *   <li>The council's records are read by admins, council members and auditors.
 *   <li>Admins register and edit partners, record and change agreements and the council's records.
 * </ul>
 */
@ApplicationScoped
class PartnersPolicy {

  private static final Role[] COUNCIL_READERS = {Role.ADMIN, Role.COUNCIL, Role.AUDITOR};

  private Caller caller;

  protected PartnersPolicy() {
    // for the container's proxy
  }

  @Inject
  PartnersPolicy(Caller caller) {
    this.caller = caller;
  }

  /** The module-wide actions, for menus and toolbars. */
  Set<PartnersAction> moduleActions() {
    if (!insider()) {
      return Set.of();
    }
    Set<PartnersAction> actions =
        EnumSet.of(PartnersAction.BROWSE_PARTNERS, PartnersAction.BROWSE_AGREEMENTS);
    if (caller.hasRole(Role.PARTNER_STAFF) && caller.partner().isPresent()) {
      actions.add(PartnersAction.SEE_OWN_PARTNER);
    }
    if (readsCouncil()) {
      actions.add(PartnersAction.READ_COUNCIL);
    }
    if (isAdmin()) {
      actions.addAll(
          EnumSet.of(
              PartnersAction.REGISTER_PARTNER,
              PartnersAction.RECORD_AGREEMENT,
              PartnersAction.RECORD_COUNCIL));
    }
    return Collections.unmodifiableSet(actions);
  }

  // ---- partners ----

  /**
   * Refuses anonymous callers and licensee staff: the directory, the agreements and the council's
   * decisions are for the institute's and the partners' people; a licensee's staff see their
   * company's licences in IP and licensing only, never the other licensees (decision 0092).
   */
  void requireSignedIn(String what) {
    if (!insider()) {
      throw new AccessRefusedException(what);
    }
  }

  private boolean insider() {
    return caller.isAuthenticated() && !caller.hasRole(Role.LICENSEE);
  }

  void requireMayRegisterPartner() {
    caller.requireAnyRole("registering a partner", Role.ADMIN);
  }

  void requireMayEditPartner() {
    caller.requireAnyRole("changing a partner", Role.ADMIN);
  }

  Set<PartnerAction> partnerActions(PartnerId partner) {
    Set<PartnerAction> actions = EnumSet.noneOf(PartnerAction.class);
    if (isAdmin()) {
      actions.add(PartnerAction.EDIT);
    }
    if (seesStaffOf(partner)) {
      actions.add(PartnerAction.SEE_STAFF);
    }
    return Collections.unmodifiableSet(actions);
  }

  private boolean seesStaffOf(PartnerId partner) {
    return caller.hasRole(Role.ADMIN)
        || caller.hasRole(Role.AUDITOR)
        || (caller.hasRole(Role.PARTNER_STAFF) && caller.scope().includes(partner));
  }

  /** Whether the caller may act for the partner: an admin, or staff of that partner. */
  boolean mayActFor(PartnerId partner) {
    return caller.mayActFor(partner);
  }

  /** Refuses callers who act for no partner at all (neither admins nor partner staff). */
  void requireActsForPartners() {
    caller.requireAnyRole("acting for a partner", Role.ADMIN, Role.PARTNER_STAFF);
  }

  // ---- agreements ----

  /** Whether the caller may read the agreement: any one not confidential, or one in scope. */
  boolean maySee(Agreement agreement) {
    return !agreement.confidential()
        || confidentialAgreementsScope().includesAny(agreement.parties());
  }

  /** The partners whose confidential agreements the caller reads (as one of the parties). */
  Scope confidentialAgreementsScope() {
    return caller.scope();
  }

  void requireMayRecordAgreement() {
    caller.requireAnyRole("recording an agreement", Role.ADMIN);
  }

  void requireMayChangeAgreement(AgreementAction action) {
    caller.requireAnyRole(
        action == AgreementAction.TERMINATE
            ? "terminating an agreement"
            : "attaching a signed copy",
        Role.ADMIN);
  }

  Set<AgreementAction> agreementActions(Agreement agreement) {
    if (!isAdmin()) {
      return Set.of();
    }
    return agreement.terminatedOn() == null
        ? Collections.unmodifiableSet(
            EnumSet.of(AgreementAction.UPLOAD_SIGNED_COPY, AgreementAction.TERMINATE))
        : Set.of(AgreementAction.UPLOAD_SIGNED_COPY);
  }

  // ---- the Governing Council ----

  void requireCouncilReader() {
    caller.requireAnyRole("reading the council's records", COUNCIL_READERS);
  }

  void requireMayRecord(CouncilAction action) {
    caller.requireAnyRole(
        switch (action) {
          case APPOINT_MEMBER -> "appointing a council member";
          case RECORD_MEETING -> "recording a council meeting";
          case RECORD_DECISION -> "recording a council decision";
          case ATTACH_MINUTES -> "attaching council minutes";
        },
        Role.ADMIN);
  }

  /** What the caller may record in the council's records, and on each of its meetings. */
  Set<CouncilAction> councilActions() {
    return isAdmin() ? Collections.unmodifiableSet(EnumSet.allOf(CouncilAction.class)) : Set.of();
  }

  /** What the caller may record on one meeting. */
  Set<CouncilAction> meetingActions() {
    return isAdmin()
        ? Collections.unmodifiableSet(
            EnumSet.of(CouncilAction.RECORD_DECISION, CouncilAction.ATTACH_MINUTES))
        : Set.of();
  }

  private boolean readsCouncil() {
    for (Role role : COUNCIL_READERS) {
      if (caller.hasRole(role)) {
        return true;
      }
    }
    return false;
  }

  private boolean isAdmin() {
    return caller.hasRole(Role.ADMIN);
  }
}
