package org.institute.web.funding.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.PartnerId;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.records.CentreView;
import org.institute.records.CommitmentView;
import org.institute.records.Funding;
import org.institute.records.NewCommitment;
import org.institute.records.RecordsAccess;
import org.institute.records.RecordsAction;
import org.institute.records.ResearchRecords;
import org.institute.web.platform.faces.Messages;

/**
 * An admin records a funder's commitment, as {@code POST /api/v1/funding/commitments} does: the
 * core checks the fields, refuses everyone but admins and audits it.
 */
@Named("newCommitment")
@ViewScoped
public class NewCommitmentBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Funding funding;
  @Inject private PartnerDirectory partners;
  @Inject private ResearchRecords records;
  @Inject private RecordsAccess access;

  private Long funder;
  private Long centre;
  private String labelEn;
  private String labelZh;
  private LocalDate periodFrom;
  private LocalDate periodTo;
  private LocalDate committedOn;
  private String amount;
  private String currency = "SGD";

  public String save() {
    CommitmentView[] created = new CommitmentView[1];
    boolean saved =
        Messages.attempt(
            "newCommitment",
            () ->
                created[0] =
                    funding.recordCommitment(
                        new NewCommitment(
                            funder == null ? null : new PartnerId(funder),
                            centre,
                            labelEn,
                            labelZh,
                            periodFrom,
                            periodTo,
                            committedOn,
                            amount,
                            currency)));
    if (!saved) {
      return null;
    }
    Messages.infoAfterRedirect(
        "funding.commitment.recorded",
        created[0].labelEn(),
        created[0].committed().own().formatted());
    return "/app/funding/commitment.xhtml?faces-redirect=true&id=" + created[0].id();
  }

  public boolean isAdmin() {
    return access.may(RecordsAction.MANAGE_RECORDS);
  }

  public List<PartnerSummary> getFunders() {
    return partners.all();
  }

  public List<CentreView> getCentres() {
    return records.centres();
  }

  public List<String> getCurrencies() {
    return List.of("SGD", "CNY");
  }

  public Long getFunder() {
    return funder;
  }

  public void setFunder(Long funder) {
    this.funder = funder;
  }

  public Long getCentre() {
    return centre;
  }

  public void setCentre(Long centre) {
    this.centre = centre;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public void setLabelEn(String labelEn) {
    this.labelEn = labelEn;
  }

  public String getLabelZh() {
    return labelZh;
  }

  public void setLabelZh(String labelZh) {
    this.labelZh = labelZh;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public void setPeriodFrom(LocalDate periodFrom) {
    this.periodFrom = periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public void setPeriodTo(LocalDate periodTo) {
    this.periodTo = periodTo;
  }

  public LocalDate getCommittedOn() {
    return committedOn;
  }

  public void setCommittedOn(LocalDate committedOn) {
    this.committedOn = committedOn;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }
}
