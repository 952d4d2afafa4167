package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.institute.core.AccessRefusedException;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.CostKind;
import org.institute.licensing.FamilyAction;
import org.institute.licensing.FamilyView;
import org.institute.licensing.NewPatentCost;
import org.institute.licensing.OwnershipView;
import org.institute.licensing.PatentCostSummary;
import org.institute.licensing.PatentCosts;
import org.institute.licensing.Patents;
import org.institute.licensing.Share;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.web.platform.faces.Messages;
import org.institute.web.platform.faces.TableInputs;

/**
 * A patent family: its co-owners now and before, its applications, and, for those the module lets
 * change them ({@link FamilyAction#CHANGE_OWNERSHIP}), the form that sets new shares from a date
 * on. The module checks the shares (together exactly 100 %); its refusals show beside the fields.
 */
@Named("licFamily")
@ViewScoped
public class FamilyBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String COST_FORM = "costForm";
  static final String FORM = "sharesForm";
  static final String SHARING_FORM = "sharingForm";

  @Inject private Patents patents;
  @Inject private PatentCosts costsOf;
  @Inject private PartnerDirectory partners;
  @Inject private Clock clock;

  /** One co-owner row of the shares form. */
  public static class ShareRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long partnerId;
    private BigDecimal percent;

    public Long getPartnerId() {
      return partnerId;
    }

    public void setPartnerId(Long partnerId) {
      this.partnerId = partnerId;
    }

    public BigDecimal getPercent() {
      return percent;
    }

    public void setPercent(BigDecimal percent) {
      this.percent = percent;
    }
  }

  private Long id;
  private FamilyView family;
  private LocalDate effectiveFrom;
  private final List<ShareRow> shares = new ArrayList<>();
  private transient List<PartnerSummary> partnerChoices;
  private PatentCostSummary costs;
  private CostKind costKind;
  private Long costPaidBy;
  private LocalDate costIncurredOn;
  private BigDecimal costAmount;
  private String costCurrency = "SGD";
  private String costNote;
  private org.institute.licensing.CostRecovery costRecovery;
  private final List<InventorRow> inventors = new ArrayList<>();

  /** One inventor in the sharing form. */
  public static class InventorRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private Long partnerId;
    private BigDecimal contribution;
    private String orcid;

    org.institute.licensing.Inventor inventor() {
      return new org.institute.licensing.Inventor(
          name, partnerId == null ? 0 : partnerId, contribution, orcid);
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

    public String getOrcid() {
      return orcid;
    }

    public void setOrcid(String orcid) {
      this.orcid = orcid;
    }
  }

  /** Loads the family named by the {@code id} view parameter, its current shares in the form. */
  public void load() {
    family = null;
    if (id != null) {
      try {
        family = patents.find(id).orElse(null);
      } catch (RecordNotFoundException | AccessRefusedException e) {
        family = null;
      }
    }
    if (family == null) {
      Messages.error(null, "lic.family.notFound");
      return;
    }
    effectiveFrom = LocalDate.now(clock);
    costs = costsOf.of(id);
    costRecovery = family.costRecovery();
    inventors.clear();
    for (org.institute.licensing.Inventor i : family.inventors()) {
      InventorRow row = new InventorRow();
      row.setName(i.name());
      row.setPartnerId(i.partnerId());
      row.setContribution(LicensingFormat.plain(i.contribution()));
      row.setOrcid(i.orcid());
      inventors.add(row);
    }
    if (inventors.isEmpty()) {
      inventors.add(new InventorRow());
    }
    shares.clear();
    for (OwnershipView o : family.currentOwners()) {
      ShareRow row = new ShareRow();
      row.setPartnerId(o.partnerId());
      row.setPercent(LicensingFormat.plain(o.percent()));
      shares.add(row);
    }
  }

  /** Sets the co-owners' shares from the effective date on; the page again on success. */
  public String changeShares() {
    List<Share> owners =
        shares.stream()
            .map(r -> new Share(r.getPartnerId() == null ? 0 : r.getPartnerId(), r.getPercent()))
            .toList();
    if (Messages.attempt(
        FORM, TableInputs.of("owners"), () -> patents.changeOwnership(id, effectiveFrom, owners))) {
      return Messages.reloadAfter("lic.family.sharesChanged", family.reference(), effectiveFrom);
    }
    return null;
  }

  public void addShare() {
    shares.add(new ShareRow());
  }

  public void removeShare(ShareRow row) {
    shares.remove(row);
  }

  /** Saves the inventors and the cost recovery; the page again on success. */
  public String changeSharing() {
    org.institute.licensing.FamilySharing sharing =
        new org.institute.licensing.FamilySharing(
            costRecovery, inventors.stream().map(InventorRow::inventor).toList());
    if (Messages.attempt(
        SHARING_FORM,
        field -> field.replaceAll("^inventors\\[(\\d+)\\]\\.(\\w+)$", "inventors:$1:$2"),
        () -> patents.changeSharing(id, sharing))) {
      return Messages.reloadAfter("lic.sharing.saved", family.reference());
    }
    return null;
  }

  public void addInventor() {
    inventors.add(new InventorRow());
  }

  public void removeInventor(InventorRow row) {
    inventors.remove(row);
  }

  public boolean isMayChangeSharing() {
    return family != null && family.allowedActions().contains(FamilyAction.CHANGE_SHARING);
  }

  /** The owner (past or present) an inventor works for, for their institution's name. */
  public OwnershipView ownerOf(long partnerId) {
    return getPayers().stream().filter(o -> o.partnerId() == partnerId).findFirst().orElse(null);
  }

  public List<InventorRow> getInventors() {
    return inventors;
  }

  public org.institute.licensing.CostRecovery getCostRecovery() {
    return costRecovery;
  }

  public void setCostRecovery(org.institute.licensing.CostRecovery costRecovery) {
    this.costRecovery = costRecovery;
  }

  public List<org.institute.licensing.CostRecovery> getCostRecoveries() {
    return List.of(org.institute.licensing.CostRecovery.values());
  }

  /** Records a patent cost; the page again on success, with the new totals. */
  public String recordCost() {
    NewPatentCost cost =
        new NewPatentCost(costKind, costPaidBy, costIncurredOn, costAmount, costCurrency, costNote);
    if (Messages.attempt(COST_FORM, () -> costsOf.record(id, cost))) {
      return Messages.reloadAfter("lic.cost.recorded", family.reference());
    }
    return null;
  }

  public boolean isMayRecordCost() {
    return family != null && family.allowedActions().contains(FamilyAction.RECORD_COST);
  }

  public PatentCostSummary getCosts() {
    return costs;
  }

  public List<CostKind> getCostKinds() {
    return List.of(CostKind.values());
  }

  /** Who may have paid a cost: every partner that is or was a co-owner, once each. */
  public List<OwnershipView> getPayers() {
    Map<Long, OwnershipView> byPartner = new LinkedHashMap<>();
    family.ownershipHistory().forEach(o -> byPartner.putIfAbsent(o.partnerId(), o));
    return new ArrayList<>(byPartner.values());
  }

  public CostKind getCostKind() {
    return costKind;
  }

  public void setCostKind(CostKind costKind) {
    this.costKind = costKind;
  }

  public Long getCostPaidBy() {
    return costPaidBy;
  }

  public void setCostPaidBy(Long costPaidBy) {
    this.costPaidBy = costPaidBy;
  }

  public LocalDate getCostIncurredOn() {
    return costIncurredOn;
  }

  public void setCostIncurredOn(LocalDate costIncurredOn) {
    this.costIncurredOn = costIncurredOn;
  }

  public BigDecimal getCostAmount() {
    return costAmount;
  }

  public void setCostAmount(BigDecimal costAmount) {
    this.costAmount = costAmount;
  }

  public String getCostCurrency() {
    return costCurrency;
  }

  public void setCostCurrency(String costCurrency) {
    this.costCurrency = costCurrency;
  }

  public String getCostNote() {
    return costNote;
  }

  public void setCostNote(String costNote) {
    this.costNote = costNote;
  }

  public boolean isMayChangeShares() {
    return family != null && family.allowedActions().contains(FamilyAction.CHANGE_OWNERSHIP);
  }

  /** Active partners, by code: the possible co-owners. */
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

  public FamilyView getFamily() {
    return family;
  }

  public List<ShareRow> getShares() {
    return shares;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }
}
