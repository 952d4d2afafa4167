package org.institute.web.partners.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.partners.AgreementView;
import org.institute.partners.Agreements;
import org.institute.partners.NewAgreement;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.web.platform.faces.KeptFiles;
import org.institute.web.platform.faces.KeptUploads;
import org.institute.web.platform.faces.Messages;

/** The form that records an agreement (admins), with its signed PDF if the admin has it at hand. */
@Named("newAgreement")
@ViewScoped
public class NewAgreementBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "agreementNew";
  private static final Set<String> FIELDS =
      Set.of(
          "title",
          "titleZh",
          "parties",
          "signedOn",
          "effectiveFrom",
          "expiresOn",
          "summary",
          "file");

  @Inject private Agreements agreements;
  @Inject private PartnerDirectory partners;
  @Inject private KeptUploads keptUploads;

  private String title;
  private String titleZh;
  private Long[] parties = new Long[0];
  private LocalDate signedOn;
  private LocalDate effectiveFrom;
  private LocalDate expiresOn;
  private boolean confidential;
  private String summary;
  private transient Part file;
  private List<PartnerSummary> partnerChoices;

  public String submit() {
    try {
      KeptFiles.Kept upload = keptUploads.of(FORM + ":file").orElse(null);
      AgreementView recorded =
          agreements.record(
              new NewAgreement(
                  title,
                  titleZh,
                  Arrays.stream(parties)
                      .filter(Objects::nonNull)
                      .map(PartnerId::new)
                      .collect(Collectors.toSet()),
                  signedOn,
                  effectiveFrom,
                  expiresOn,
                  confidential,
                  summary),
              upload == null
                  ? null
                  : new Agreements.SignedCopy(upload.fileName(), upload.content()));
      keptUploads.done(FORM + ":file");
      Messages.infoAfterRedirect("agreement.recorded", recorded.title());
      return "/app/agreement.xhtml?faces-redirect=true&id=" + recorded.id();
    } catch (InvalidCommandException refused) {
      keptUploads.refused(FORM + ":file", refused, "file");
      Messages.show(FORM, refused);
      return null;
    } finally {
      file = null;
    }
  }

  public List<PartnerSummary> getPartners() {
    if (partnerChoices == null) {
      partnerChoices = partners.all();
    }
    return partnerChoices;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public void setTitleZh(String titleZh) {
    this.titleZh = titleZh;
  }

  public Long[] getParties() {
    return parties;
  }

  public void setParties(Long[] parties) {
    this.parties = parties == null ? new Long[0] : parties;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public boolean isConfidential() {
    return confidential;
  }

  public void setConfidential(boolean confidential) {
    this.confidential = confidential;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
