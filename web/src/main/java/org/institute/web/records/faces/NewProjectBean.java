package org.institute.web.records.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.records.CentreView;
import org.institute.records.Investigator;
import org.institute.records.NewProject;
import org.institute.records.ProjectStatus;
import org.institute.records.ProjectView;
import org.institute.records.RecordsAccess;
import org.institute.records.RecordsAction;
import org.institute.records.ResearchRecords;
import org.institute.web.platform.faces.Messages;

/** An admin records a research project with up to two principal investigators. */
@Named("newProject")
@ViewScoped
public class NewProjectBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ResearchRecords records;
  @Inject private PartnerDirectory partners;
  @Inject private RecordsAccess access;

  private String titleEn;
  private String titleZh;
  private Long centre;
  private String investigator;
  private Long investigatorPartner;
  private String investigatorOrcid;
  private String coInvestigator;
  private Long coInvestigatorPartner;
  private String coInvestigatorOrcid;
  private LocalDate startDate;
  private LocalDate endDate;
  private String budgetAmount;
  private String budgetCurrency = "SGD";
  private ProjectStatus status = ProjectStatus.PROPOSED;
  private String approvalReference;

  public String save() {
    List<Investigator> investigators = new ArrayList<>();
    if (filled(investigator) || investigatorPartner != null || filled(investigatorOrcid)) {
      investigators.add(
          new Investigator(investigator, id(investigatorPartner), blankToNull(investigatorOrcid)));
    }
    if (filled(coInvestigator) || coInvestigatorPartner != null || filled(coInvestigatorOrcid)) {
      investigators.add(
          new Investigator(
              coInvestigator, id(coInvestigatorPartner), blankToNull(coInvestigatorOrcid)));
    }
    try {
      ProjectView created =
          records.recordProject(
              new NewProject(
                  titleEn,
                  titleZh,
                  centre,
                  investigators,
                  Set.of(),
                  startDate,
                  endDate,
                  budgetAmount,
                  budgetCurrency,
                  status,
                  approvalReference));
      Messages.infoAfterRedirect("project.recorded", created.titleEn());
      return "/app/records/projects.xhtml?faces-redirect=true";
    } catch (InvalidCommandException refused) {
      Messages.show("newProject", onThisForm(refused));
      return null;
    } catch (AccessRefusedException refused) {
      Messages.error(null, "project.notAllowed");
      return null;
    }
  }

  /** The form has two investigator rows with their own field names. */
  private static InvalidCommandException onThisForm(InvalidCommandException refused) {
    return new InvalidCommandException(
        refused.violations().stream()
            .map(
                v ->
                    new org.institute.core.Violation(
                        v.field() == null
                            ? null
                            : switch (v.field()) {
                              case "investigators", "investigators[0].name" -> "investigator";
                              case "investigators[0].partner" -> "investigatorPartner";
                              case "investigators[0].orcid" -> "investigatorOrcid";
                              case "investigators[1].orcid" -> "coInvestigatorOrcid";
                              case "investigators[1].name" -> "coInvestigator";
                              case "investigators[1].partner" -> "coInvestigatorPartner";
                              default -> v.field();
                            },
                        v.messageKey()))
            .toList());
  }

  private static String blankToNull(String s) {
    return filled(s) ? s.trim() : null;
  }

  public String getInvestigatorOrcid() {
    return investigatorOrcid;
  }

  public void setInvestigatorOrcid(String investigatorOrcid) {
    this.investigatorOrcid = investigatorOrcid;
  }

  public String getCoInvestigatorOrcid() {
    return coInvestigatorOrcid;
  }

  public void setCoInvestigatorOrcid(String coInvestigatorOrcid) {
    this.coInvestigatorOrcid = coInvestigatorOrcid;
  }

  private static boolean filled(String s) {
    return s != null && !s.isBlank();
  }

  private static PartnerId id(Long value) {
    return value == null || value <= 0 ? null : new PartnerId(value);
  }

  public boolean isAdmin() {
    return access.may(RecordsAction.MANAGE_RECORDS);
  }

  public List<CentreView> getCentres() {
    return records.centres();
  }

  public List<PartnerSummary> getPartners() {
    return partners.all();
  }

  public List<ProjectStatus> getStatuses() {
    return Arrays.asList(ProjectStatus.values());
  }

  public List<String> getCurrencies() {
    return List.of("SGD", "CNY");
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

  public Long getCentre() {
    return centre;
  }

  public void setCentre(Long centre) {
    this.centre = centre;
  }

  public String getInvestigator() {
    return investigator;
  }

  public void setInvestigator(String investigator) {
    this.investigator = investigator;
  }

  public Long getInvestigatorPartner() {
    return investigatorPartner;
  }

  public void setInvestigatorPartner(Long p) {
    this.investigatorPartner = p;
  }

  public String getCoInvestigator() {
    return coInvestigator;
  }

  public void setCoInvestigator(String coInvestigator) {
    this.coInvestigator = coInvestigator;
  }

  public Long getCoInvestigatorPartner() {
    return coInvestigatorPartner;
  }

  public void setCoInvestigatorPartner(Long p) {
    this.coInvestigatorPartner = p;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public String getBudgetAmount() {
    return budgetAmount;
  }

  public void setBudgetAmount(String budgetAmount) {
    this.budgetAmount = budgetAmount;
  }

  public String getBudgetCurrency() {
    return budgetCurrency;
  }

  public void setBudgetCurrency(String budgetCurrency) {
    this.budgetCurrency = budgetCurrency;
  }

  public ProjectStatus getStatus() {
    return status;
  }

  public void setStatus(ProjectStatus status) {
    this.status = status;
  }

  public String getApprovalReference() {
    return approvalReference;
  }

  public void setApprovalReference(String approvalReference) {
    this.approvalReference = approvalReference;
  }
}
