package org.institute.web.licensing.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.institute.core.AccessRefusedException;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.DisclosureAction;
import org.institute.licensing.DisclosureView;
import org.institute.licensing.Disclosures;
import org.institute.licensing.Inventor;
import org.institute.licensing.LicensingAccess;
import org.institute.licensing.LicensingAction;
import org.institute.licensing.NewDisclosure;
import org.institute.licensing.TechnologyField;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.web.platform.faces.Messages;
import org.institute.web.platform.faces.TableInputs;

/**
 * Filing an invention disclosure, or revising one sent back for changes. The module has no draft of
 * a disclosure: saving submits it to the IP office. The module checks everything (the
 * contributions' sum among it); its refusals show beside the fields they name, and every value
 * typed stays.
 */
@Named("licDisclosureForm")
@ViewScoped
public class DisclosureFormBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "disclosureForm";

  @Inject private Disclosures disclosures;
  @Inject private PartnerDirectory partners;
  @Inject private LicensingAccess access;

  /** One inventor row of the form. */
  public static class InventorRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private Long partnerId;
    private BigDecimal contribution;
    private String orcid;

    public String getOrcid() {
      return orcid;
    }

    public void setOrcid(String orcid) {
      this.orcid = orcid;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Long getPartnerId() {
      return partnerId;
    }

    public void setPartnerId(Long partnerId) {
      this.partnerId = partnerId;
    }

    public BigDecimal getContribution() {
      return contribution;
    }

    public void setContribution(BigDecimal contribution) {
      this.contribution = contribution;
    }
  }

  private Long id;
  private String title;
  private String titleZh;
  private TechnologyField technologyField;
  private String abstractText;
  private String researchProject;
  private LocalDate firstPublicDisclosure;
  private final List<InventorRow> inventors = new ArrayList<>();
  private boolean allowed;
  private transient List<PartnerSummary> partnerChoices;

  /** Reads the disclosure named by the {@code id} view parameter, or prepares a new one. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    allowed = access.may(LicensingAction.SUBMIT_DISCLOSURE);
    if (!allowed) {
      Messages.error(null, "lic.disclosureForm.notAllowed");
      return;
    }
    if (id == null) {
      inventors.add(new InventorRow());
      return;
    }
    DisclosureView d;
    try {
      d = disclosures.find(id).orElse(null);
    } catch (RecordNotFoundException | AccessRefusedException e) {
      d = null;
    }
    if (d == null) {
      allowed = false;
      Messages.error(null, "lic.disclosure.notFound");
      return;
    }
    if (!d.allowedActions().contains(DisclosureAction.REVISE)) {
      allowed = false;
      Messages.error(null, "lic.disclosureForm.notRevisable");
      return;
    }
    title = d.title();
    titleZh = d.titleZh();
    technologyField = d.technologyField();
    abstractText = d.abstractText();
    researchProject = d.researchProject();
    firstPublicDisclosure = d.firstPublicDisclosure();
    inventors.clear();
    for (Inventor i : d.inventors()) {
      InventorRow row = new InventorRow();
      row.setName(i.name());
      row.setPartnerId(i.partnerId());
      row.setContribution(LicensingFormat.plain(i.contribution()));
      row.setOrcid(i.orcid());
      inventors.add(row);
    }
  }

  /** Submits (or resubmits) the disclosure; the detail page follows, its address naming it. */
  public String save() {
    if (!allowed) {
      return null;
    }
    NewDisclosure n =
        new NewDisclosure(
            title,
            titleZh,
            technologyField,
            abstractText,
            researchProject,
            firstPublicDisclosure,
            inventors.stream()
                .map(
                    r ->
                        new Inventor(
                            r.getName(),
                            r.getPartnerId() == null ? 0 : r.getPartnerId(),
                            r.getContribution(),
                            r.getOrcid()))
                .toList());
    DisclosureView[] saved = new DisclosureView[1];
    boolean done =
        Messages.attempt(
            FORM,
            TableInputs.of("inventors"),
            () -> saved[0] = id == null ? disclosures.submit(n) : disclosures.revise(id, n));
    if (!done) {
      return null;
    }
    Messages.infoAfterRedirect(
        id == null ? "lic.disclosureForm.submitted" : "lic.disclosureForm.revised",
        Long.toString(saved[0].id()));
    return "/app/licensing/disclosure.xhtml?faces-redirect=true&id=" + saved[0].id();
  }

  public void addInventor() {
    inventors.add(new InventorRow());
  }

  public void removeInventor(InventorRow row) {
    inventors.remove(row);
  }

  /** Active partners, by code: an inventor works for one of them. */
  public List<PartnerSummary> getPartners() {
    if (partnerChoices == null) {
      partnerChoices =
          partners.all().stream()
              .filter(PartnerSummary::active)
              .sorted(Comparator.comparing(PartnerSummary::code))
              .toList();
    }
    return partnerChoices;
  }

  public List<TechnologyField> getTechnologyFields() {
    return List.of(TechnologyField.values());
  }

  public boolean isAllowed() {
    return allowed;
  }

  public boolean isRevision() {
    return id != null;
  }

  public List<InventorRow> getInventors() {
    return inventors;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
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

  public TechnologyField getTechnologyField() {
    return technologyField;
  }

  public void setTechnologyField(TechnologyField technologyField) {
    this.technologyField = technologyField;
  }

  public String getAbstractText() {
    return abstractText;
  }

  public void setAbstractText(String abstractText) {
    this.abstractText = abstractText;
  }

  public String getResearchProject() {
    return researchProject;
  }

  public void setResearchProject(String researchProject) {
    this.researchProject = researchProject;
  }

  public LocalDate getFirstPublicDisclosure() {
    return firstPublicDisclosure;
  }

  public void setFirstPublicDisclosure(LocalDate firstPublicDisclosure) {
    this.firstPublicDisclosure = firstPublicDisclosure;
  }
}
