package org.institute.web.talent.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.institute.talent.CertificateView;
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

  private Long id;
  private CohortDetail detail;
  private Roster roster;
  private String search;
  private List<ParticipantView> found = List.of();
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
    roster = detail == null ? null : enrolments.roster(id);
  }

  public CohortDetail getDetail() {
    return detail;
  }

  public Roster getRoster() {
    return roster;
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

  public void find() {
    Messages.attempt("enrolForm", () -> found = participants.search(search, 0, 20).items());
  }

  public void enrol(long participantId) {
    Messages.attempt(null, () -> told(enrolments.enrol(id, participantId)));
    found = List.of();
    search = null;
    load();
  }

  private static void told(EnrolmentResult r) {
    if (r.state() == EnrolmentState.ENROLLED) {
      Messages.info("talent.enrolled");
    } else {
      Messages.info("talent.waitlisted", r.waitlistPosition());
    }
  }

  /** Registers the newcomer and enrols them in one use case: a refusal registers nobody. */
  public void registerAndEnrol() {
    boolean ok =
        Messages.attempt(
            "newParticipant",
            () -> {
              told(enrolments.registerAndEnrol(id, newcomer.command()));
              newcomer = new NewParticipantForm();
            });
    // a full postback closes the dialog: reopen it so the refusal is read beside its fields
    newcomerRefused = !ok;
    if (ok) {
      load();
    }
  }

  public boolean isNewcomerRefused() {
    return newcomerRefused;
  }

  public void withdraw(long enrolmentId) {
    Messages.attempt(
        null,
        () -> {
          Withdrawal w = enrolments.withdraw(id, enrolmentId);
          if (w.promoted() != null) {
            Messages.info("talent.withdrawnPromoted");
          } else {
            Messages.info("talent.withdrawn");
          }
        });
    load();
  }

  public void assess(long enrolmentId, boolean passed) {
    Messages.attempt(
        null,
        () -> {
          enrolments.recordAssessment(id, enrolmentId, passed);
          Messages.info("talent.assessmentRecorded");
        });
    load();
  }

  public void complete(long enrolmentId) {
    Messages.attempt(
        null,
        () -> {
          CertificateView c = enrolments.complete(id, enrolmentId);
          Messages.info("talent.completed", c.code());
        });
    load();
  }

  public void fail(long enrolmentId) {
    Messages.attempt(
        null,
        () -> {
          enrolments.fail(id, enrolmentId);
          Messages.info("talent.failed");
        });
    load();
  }
}
