package org.institute.web.licensing.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Violation;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealTerms;
import org.institute.licensing.DealView;
import org.institute.licensing.Exclusivity;
import org.institute.licensing.FamilyRow;
import org.institute.licensing.LicenceDeals;
import org.institute.licensing.LicensingAccess;
import org.institute.licensing.LicensingAction;
import org.institute.licensing.MilestoneTerm;
import org.institute.licensing.Patents;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.web.platform.faces.Messages;
import org.institute.web.platform.faces.TableInputs;

/**
 * Drafting a licence deal, or revising a draft (or one sent back for changes): the terms and their
 * milestones. The module checks everything; its refusals show beside the fields they name.
 */
@Named("licDealForm")
@ViewScoped
public class DealFormBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "dealForm";

  @Inject private LicenceDeals deals;
  @Inject private Patents patents;
  @Inject private PartnerDirectory partners;
  @Inject private LicensingAccess access;
  @Inject private Clock clock;

  /** One milestone row of the form. */
  public static class MilestoneRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String event;
    private BigDecimal amount;
    private LocalDate dueDate;

    public String getEvent() {
      return event;
    }

    public void setEvent(String event) {
      this.event = event;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }

    public LocalDate getDueDate() {
      return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
      this.dueDate = dueDate;
    }
  }

  private Long id;
  private Long version;
  private String title;
  private String titleZh;
  private Long licenseeId;
  private List<Long> familyIds = new ArrayList<>();
  private String fieldOfUse;
  private String territory;
  private Exclusivity exclusivity = Exclusivity.EXCLUSIVE;
  private LocalDate termStart;
  private LocalDate termEnd;
  private String currency = "SGD";
  private BigDecimal upfrontFee;
  private BigDecimal royaltyPercent;
  private BigDecimal latePaymentInterestPercent;
  private BigDecimal annualMinimum;
  private final List<MilestoneRow> milestones = new ArrayList<>();

  /** The royalty's tiers, which the form does not edit: kept as the deal has them. */
  private final List<org.institute.licensing.RoyaltyTier> royaltyTiers = new ArrayList<>();

  private boolean allowed;
  private transient List<PartnerSummary> licensees;
  private transient List<FamilyRow> families;

  /** Reads the draft named by the {@code id} view parameter, or prepares a new one. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    allowed = access.may(LicensingAction.DRAFT_DEAL);
    if (!allowed) {
      Messages.error(null, "lic.dealForm.notAllowed");
      return;
    }
    if (id == null) {
      LocalDate today = LocalDate.now(clock);
      termStart = today;
      termEnd = today.plusYears(5).minusDays(1);
      return;
    }
    DealView deal;
    try {
      deal = deals.find(id).orElse(null);
    } catch (RecordNotFoundException | AccessRefusedException e) {
      deal = null;
    }
    if (deal == null) {
      allowed = false;
      Messages.error(null, "lic.deal.notFound");
      return;
    }
    if (!deal.state().isEditable()) {
      allowed = false;
      Messages.error(null, "lic.dealForm.notEditable", Messages.text("lic.state." + deal.state()));
      return;
    }
    if (!deal.allowedActions().contains(DealAction.REVISE)) {
      allowed = false;
      Messages.error(null, "lic.deal.refused");
      return;
    }
    version = deal.version();
    DealTerms t = deal.terms();
    title = t.title();
    titleZh = t.titleZh();
    licenseeId = t.licenseeId();
    familyIds = new ArrayList<>(t.familyIds());
    fieldOfUse = t.fieldOfUse();
    territory = t.territory();
    exclusivity = t.exclusivity();
    termStart = t.termStart();
    termEnd = t.termEnd();
    currency = t.currency();
    upfrontFee = t.upfrontFee();
    royaltyPercent = t.royaltyPercent();
    latePaymentInterestPercent = t.latePaymentInterestPercent();
    annualMinimum = t.annualMinimum();
    royaltyTiers.clear();
    royaltyTiers.addAll(t.royaltyTiers());
    milestones.clear();
    for (MilestoneTerm m : t.milestones()) {
      MilestoneRow row = new MilestoneRow();
      row.setEvent(m.event());
      row.setAmount(m.amount());
      row.setDueDate(m.dueDate());
      milestones.add(row);
    }
  }

  public String save() {
    if (!allowed) {
      return null;
    }
    DealTerms terms =
        new DealTerms(
            title,
            titleZh,
            licenseeId,
            familyIds,
            fieldOfUse,
            territory,
            exclusivity,
            termStart,
            termEnd,
            currency,
            zeroIfEmpty(upfrontFee),
            royaltyPercent,
            zeroIfEmpty(annualMinimum),
            milestones.stream()
                .map(m -> new MilestoneTerm(m.getEvent(), m.getAmount(), m.getDueDate()))
                .toList(),
            List.copyOf(royaltyTiers),
            latePaymentInterestPercent);
    try {
      DealView saved = id == null ? deals.create(terms) : deals.revise(id, version, terms);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info(
          id == null ? "lic.dealForm.created" : "lic.dealForm.revised", Long.toString(saved.id()));
      return "/app/licensing/deal.xhtml?faces-redirect=true&id=" + saved.id();
    } catch (InvalidCommandException e) {
      for (Violation v : e.violations()) {
        Messages.error(
            v.field() == null ? null : FORM + ":" + TableInputs.of("milestones").apply(v.field()),
            v.messageKey());
      }
    } catch (ConflictException e) {
      Messages.error(null, "lic.dealForm.stale");
    } catch (AccessRefusedException e) {
      Messages.error(null, "lic.deal.refused");
    } catch (RecordNotFoundException e) {
      Messages.error(null, "lic.deal.notFound");
    }
    return null;
  }

  public void addMilestone() {
    milestones.add(new MilestoneRow());
  }

  public void removeMilestone(MilestoneRow row) {
    milestones.remove(row);
  }

  /** Active companies: the only partners that may take a licence. */
  public List<PartnerSummary> getLicensees() {
    if (licensees == null) {
      licensees =
          partners.all().stream()
              .filter(p -> p.active() && p.isCompany())
              .sorted(Comparator.comparing(PartnerSummary::code))
              .toList();
    }
    return licensees;
  }

  /** The families the caller may license, as the module says. */
  public List<FamilyRow> getFamilies() {
    if (families == null) {
      families = patents.licensable("reference", 0, 200).families();
    }
    return families;
  }

  public List<Exclusivity> getExclusivities() {
    return List.of(Exclusivity.values());
  }

  public List<String> getCurrencies() {
    return List.of("SGD", "CNY");
  }

  private static BigDecimal zeroIfEmpty(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  public boolean isAllowed() {
    return allowed;
  }

  public boolean isRevision() {
    return id != null;
  }

  public List<MilestoneRow> getMilestones() {
    return milestones;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getVersion() {
    return version;
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

  public Long getLicenseeId() {
    return licenseeId;
  }

  public void setLicenseeId(Long licenseeId) {
    this.licenseeId = licenseeId;
  }

  public List<Long> getFamilyIds() {
    return familyIds;
  }

  public void setFamilyIds(List<Long> familyIds) {
    this.familyIds = familyIds == null ? new ArrayList<>() : new ArrayList<>(familyIds);
  }

  public String getFieldOfUse() {
    return fieldOfUse;
  }

  public void setFieldOfUse(String fieldOfUse) {
    this.fieldOfUse = fieldOfUse;
  }

  public String getTerritory() {
    return territory;
  }

  public void setTerritory(String territory) {
    this.territory = territory;
  }

  public Exclusivity getExclusivity() {
    return exclusivity;
  }

  public void setExclusivity(Exclusivity exclusivity) {
    this.exclusivity = exclusivity;
  }

  public LocalDate getTermStart() {
    return termStart;
  }

  public void setTermStart(LocalDate termStart) {
    this.termStart = termStart;
  }

  public LocalDate getTermEnd() {
    return termEnd;
  }

  public void setTermEnd(LocalDate termEnd) {
    this.termEnd = termEnd;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public BigDecimal getUpfrontFee() {
    return upfrontFee;
  }

  public void setUpfrontFee(BigDecimal upfrontFee) {
    this.upfrontFee = upfrontFee;
  }

  public BigDecimal getRoyaltyPercent() {
    return royaltyPercent;
  }

  public void setRoyaltyPercent(BigDecimal royaltyPercent) {
    this.royaltyPercent = royaltyPercent;
  }

  public BigDecimal getLatePaymentInterestPercent() {
    return latePaymentInterestPercent;
  }

  public void setLatePaymentInterestPercent(BigDecimal latePaymentInterestPercent) {
    this.latePaymentInterestPercent = latePaymentInterestPercent;
  }

  public BigDecimal getAnnualMinimum() {
    return annualMinimum;
  }

  public void setAnnualMinimum(BigDecimal annualMinimum) {
    this.annualMinimum = annualMinimum;
  }
}
