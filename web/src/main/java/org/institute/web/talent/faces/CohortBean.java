package org.institute.web.talent.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.institute.talent.CertificateView;
import org.institute.talent.CohortAction;
import org.institute.talent.CohortDetail;
import org.institute.talent.EnrolmentResult;
import org.institute.talent.EnrolmentState;
import org.institute.talent.Enrolments;
import org.institute.talent.NewParticipant;
import org.institute.talent.ParticipantView;
import org.institute.talent.Participants;
import org.institute.talent.Programmes;
import org.institute.talent.Roster;
import org.institute.talent.Withdrawal;
import org.institute.web.platform.export.TableDownload;
import org.institute.web.platform.faces.ListAddress;
import org.institute.web.platform.faces.Messages;
import org.institute.web.talent.TalentTables;
import org.primefaces.model.StreamedContent;

/**
 * The cohort page: facts, capacity, sessions, roster, waitlist; enrolment and completion. What the
 * caller may do is on the cohort's and the roster's views ({@code allowedActions}).
 */
@Named("talentCohort")
@ViewScoped
public class CohortBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Programmes programmes;
  @Inject private Enrolments enrolments;
  @Inject private Participants participants;
  @Inject private TalentTables tables;

  private final ListAddress.Parameters list =
      new ListAddress.Parameters(
          "/app/talent/cohort.xhtml", Enrolments.ROSTER_SORTS, Enrolments.ROSTER_SORT);
  private Long id;
  private CohortDetail detail;
  private Roster roster;
  private List<SeatedRow> seated;
  private Roster seatedOf;
  private Long completing;
  private String earlyReason;
  private String search;
  private List<ParticipantView> found = List.of();
  private long foundTotal;
  private boolean searched;

  /** How many participants the enrolment dialog lists at most. */
  static final int FOUND_LIMIT = 8;

  private NewParticipantForm newcomer = new NewParticipantForm();
  private boolean newcomerRefused;

  /** The fields of the quick registration in the enrolment dialog. */
  public static class NewParticipantForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String nameLatin;
    private String nameZh;
    private String email;
    private String organisation;
    private String matriculationNumber;
    private String nationality;

    public String getNameLatin() {
      return nameLatin;
    }

    public void setNameLatin(String v) {
      nameLatin = v;
    }

    public String getNameZh() {
      return nameZh;
    }

    public void setNameZh(String v) {
      nameZh = v;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String v) {
      email = v;
    }

    public String getOrganisation() {
      return organisation;
    }

    public void setOrganisation(String v) {
      organisation = v;
    }

    public String getMatriculationNumber() {
      return matriculationNumber;
    }

    public void setMatriculationNumber(String v) {
      matriculationNumber = v;
    }

    public String getNationality() {
      return nationality;
    }

    public void setNationality(String v) {
      nationality = v;
    }

    NewParticipant command() {
      return new NewParticipant(
          nameLatin, nameZh, email, organisation, matriculationNumber, nationality);
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** Loads the cohort named by the view parameter; a cohort out of scope shows as not found. */
  public void load() {
    if (id == null) {
      return;
    }
    detail = programmes.cohort(id).orElse(null);
    if (detail != null) {
      list.filter("id", id.toString());
      list.open();
      roster = enrolments.roster(id, list.getSearch(), list.getSortText());
    }
  }

  /** The roster's search and sort in the address ({@code ?id=&q=&sort=name,desc}). */
  public ListAddress.Parameters getList() {
    return list;
  }

  public CohortDetail getDetail() {
    return detail;
  }

  public Roster getRoster() {
    return roster;
  }

  /** The roster's seated lines as the page reads them, worked out once per roster read. */
  public List<SeatedRow> getSeated() {
    if (seated == null || seatedOf != roster) {
      seated = roster == null ? List.of() : SeatedRow.of(roster.seated(), roster.courseOver());
      seatedOf = roster;
    }
    return seated;
  }

  /** Whether the caller manages the cohort's enrolments (the roster's action column). */
  public boolean isManages() {
    return detail != null && detail.cohort().allows(CohortAction.MANAGE_ENROLMENTS);
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public List<ParticipantView> getFound() {
    return found;
  }

  public NewParticipantForm getNewcomer() {
    return newcomer;
  }

  /** This cohort's roster as CSV or XLSX; the core decides who may read it. */
  public StreamedContent exportRoster(String format) {
    return TableDownload.of(tables.roster(id), format);
  }

  /**
   * The participants the search finds, every page, for admins and coordinators (the core decides).
   */
  public StreamedContent exportParticipants(String format) {
    return TableDownload.of(tables.participants(search), format);
  }

  /**
   * Finds participants on the server, each word of the search in a name (either script), the e-mail
   * or the student number; the first {@value #FOUND_LIMIT}, so the dialog stays short, and how many
   * there are in all.
   */
  public void find() {
    searched = false;
    Messages.attempt(
        "enrolForm",
        () -> {
          org.institute.talent.Page<ParticipantView> page =
              participants.search(search, 0, FOUND_LIMIT);
          found = page.items();
          foundTotal = page.total();
          searched = true;
        });
  }

  /** Whether a search was made and answered, for the "nobody" and "first n of m" notes. */
  public boolean isSearched() {
    return searched;
  }

  /** How many participants the last search matched in all. */
  public long getFoundTotal() {
    return foundTotal;
  }

  /**
   * Enrols the participant found; on success the cohort is shown again by a redirect (a reload
   * never enrols twice), with the seat or the waitlist position taken.
   */
  public String enrol(long participantId) {
    EnrolmentResult[] r = new EnrolmentResult[1];
    if (Messages.attempt(null, () -> r[0] = enrolments.enrol(id, participantId))) {
      return told(r[0]);
    }
    found = List.of();
    search = null;
    load();
    return null;
  }

  private static String told(EnrolmentResult r) {
    return r.state() == EnrolmentState.ENROLLED
        ? Messages.reloadAfter("talent.enrolled")
        : Messages.reloadAfter("talent.waitlisted", r.waitlistPosition());
  }

  /**
   * Registers the newcomer and enrols them in one use case: a refusal registers nobody, and the
   * dialog opens again with what was typed and each reason beside its field.
   */
  public String registerAndEnrol() {
    EnrolmentResult[] r = new EnrolmentResult[1];
    boolean ok =
        Messages.attempt(
            "newParticipant", () -> r[0] = enrolments.registerAndEnrol(id, newcomer.command()));
    if (ok) {
      return told(r[0]);
    }
    // a full postback closes the dialog: reopen it so the refusal is read beside its fields
    newcomerRefused = true;
    return null;
  }

  public boolean isNewcomerRefused() {
    return newcomerRefused;
  }

  public String withdraw(long enrolmentId) {
    Withdrawal[] w = new Withdrawal[1];
    if (Messages.attempt(null, () -> w[0] = enrolments.withdraw(id, enrolmentId))) {
      return Messages.reloadAfter(
          w[0].promoted() != null ? "talent.withdrawnPromoted" : "talent.withdrawn");
    }
    load();
    return null;
  }

  public String assess(long enrolmentId, boolean passed) {
    return changed(
        () -> enrolments.recordAssessment(id, enrolmentId, passed), "talent.assessmentRecorded");
  }

  public String complete(long enrolmentId) {
    CertificateView[] c = new CertificateView[1];
    if (Messages.attempt(null, () -> c[0] = enrolments.complete(id, enrolmentId))) {
      return Messages.reloadAfter("talent.completed", c[0].code());
    }
    load();
    return null;
  }

  /** Opens the dialog of a completion before the course is over: it needs a reason. */
  public void startCompleting(long enrolmentId) {
    completing = enrolmentId;
    earlyReason = null;
  }

  /**
   * Completes before the last session has ended, with the reason typed; on a refusal the dialog
   * stays open with the reason kept and the message beside it.
   */
  public String completeEarly() {
    if (completing == null) {
      return null;
    }
    long enrolmentId = completing;
    CertificateView[] c = new CertificateView[1];
    if (Messages.attempt(
        "earlyForm", () -> c[0] = enrolments.complete(id, enrolmentId, earlyReason))) {
      completing = null;
      return Messages.reloadAfter("talent.completed", c[0].code());
    }
    load();
    return null;
  }

  public Long getCompleting() {
    return completing;
  }

  /** Whom the open early-completion dialog is about. */
  public String getCompletingName() {
    if (completing == null || roster == null) {
      return "";
    }
    return roster.seated().stream()
        .filter(e -> e.enrolmentId() == completing)
        .map(e -> e.nameLatin() + (e.nameZh() == null ? "" : " " + e.nameZh()))
        .findFirst()
        .orElse("");
  }

  public String getEarlyReason() {
    return earlyReason;
  }

  public void setEarlyReason(String earlyReason) {
    this.earlyReason = earlyReason;
  }

  public String fail(long enrolmentId) {
    return changed(() -> enrolments.fail(id, enrolmentId), "talent.failed");
  }

  /** Runs a change of an enrolment: a redirect with its message, or the page again with why not. */
  private String changed(Runnable change, String doneKey) {
    if (Messages.attempt(null, change)) {
      return Messages.reloadAfter(doneKey);
    }
    load();
    return null;
  }
}
