package org.institute.web.talent.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.PartnerId;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.talent.Eligibility;
import org.institute.talent.NewProgramme;
import org.institute.talent.ProgrammeAction;
import org.institute.talent.ProgrammeChanges;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.ProgrammeView;
import org.institute.talent.Programmes;
import org.institute.talent.TalentAction;
import org.institute.web.platform.faces.Messages;

/**
 * The programme form: registers a programme ({@code programme-edit.xhtml}) or revises one ({@code
 * ?id=}). The talent module checks every value and says who may; the page shows each refusal beside
 * its field, keeps what was typed, and after a save goes back to the catalogue by a redirect.
 */
@Named("programmeForm")
@ViewScoped
public class ProgrammeFormBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Programmes programmes;
  @Inject private PartnerDirectory partners;

  private Long id;
  private ProgrammeView view;
  private boolean missing;
  private String code;
  private ProgrammeKind kind;
  private String titleEn;
  private String titleZh;
  private String descriptionEn;
  private String descriptionZh;
  private List<Long> owners = new ArrayList<>();
  private Eligibility eligibility = Eligibility.OPEN;
  private Integer minAttendancePercent = 80;
  private boolean assessmentRequired = true;

  /** Fills the form with the programme named by {@code ?id=}, once. */
  public void load() {
    if (id == null || view != null) {
      return;
    }
    view = programmes.find(id).orElse(null);
    if (view == null) {
      missing = true;
      return;
    }
    code = view.code();
    kind = view.kind();
    titleEn = view.titleEn();
    titleZh = view.titleZh();
    descriptionEn = view.descriptionEn();
    descriptionZh = view.descriptionZh();
    owners = new ArrayList<>(view.owners().stream().map(o -> o.id()).toList());
    eligibility = view.eligibility();
    minAttendancePercent = view.minAttendancePercent();
    assessmentRequired = view.assessmentRequired();
  }

  /** Whether the caller may save this form: register a new programme, or revise this one. */
  public boolean isAllowed() {
    return view == null
        ? !missing && programmes.allowedActions().contains(TalentAction.REGISTER_PROGRAMME)
        : view.allows(ProgrammeAction.REVISE);
  }

  public String save() {
    ProgrammeView[] saved = new ProgrammeView[1];
    boolean ok =
        Messages.attempt(
            "programmeForm",
            () ->
                saved[0] =
                    view == null
                        ? programmes.register(
                            new NewProgramme(
                                code == null
                                    ? null
                                    : code.trim().toUpperCase(java.util.Locale.ROOT),
                                kind,
                                titleEn,
                                titleZh,
                                descriptionEn,
                                descriptionZh,
                                ownerIds(),
                                eligibility,
                                minAttendancePercent,
                                assessmentRequired))
                        : programmes.revise(
                            view.id(),
                            new ProgrammeChanges(
                                titleEn,
                                titleZh,
                                descriptionEn,
                                descriptionZh,
                                eligibility,
                                minAttendancePercent,
                                assessmentRequired)));
    if (!ok) {
      return null;
    }
    Messages.infoAfterRedirect(
        view == null ? "programme.registered" : "programme.revised", saved[0].code());
    return "/app/talent/programmes.xhtml?faces-redirect=true";
  }

  private Set<PartnerId> ownerIds() {
    return owners.stream().map(PartnerId::new).collect(Collectors.toSet());
  }

  public List<PartnerSummary> getPartners() {
    return partners.all();
  }

  public List<ProgrammeKind> getKinds() {
    return Arrays.asList(ProgrammeKind.values());
  }

  public List<Eligibility> getEligibilities() {
    return Arrays.asList(Eligibility.values());
  }

  public ProgrammeView getView() {
    return view;
  }

  public boolean isMissing() {
    return missing;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public ProgrammeKind getKind() {
    return kind;
  }

  public void setKind(ProgrammeKind kind) {
    this.kind = kind;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public void setTitleZh(String titleZh) {
    this.titleZh = titleZh;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public void setDescriptionEn(String descriptionEn) {
    this.descriptionEn = descriptionEn;
  }

  public String getDescriptionZh() {
    return descriptionZh;
  }

  public void setDescriptionZh(String descriptionZh) {
    this.descriptionZh = descriptionZh;
  }

  public List<Long> getOwners() {
    return owners;
  }

  public void setOwners(List<Long> owners) {
    this.owners = owners == null ? new ArrayList<>() : owners;
  }

  public Eligibility getEligibility() {
    return eligibility;
  }

  public void setEligibility(Eligibility eligibility) {
    this.eligibility = eligibility;
  }

  public Integer getMinAttendancePercent() {
    return minAttendancePercent;
  }

  public void setMinAttendancePercent(Integer minAttendancePercent) {
    this.minAttendancePercent = minAttendancePercent;
  }

  public boolean isAssessmentRequired() {
    return assessmentRequired;
  }

  public void setAssessmentRequired(boolean assessmentRequired) {
    this.assessmentRequired = assessmentRequired;
  }
}
