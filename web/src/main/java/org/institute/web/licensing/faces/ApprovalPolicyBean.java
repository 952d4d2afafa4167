package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.institute.licensing.ApprovalPolicies;
import org.institute.licensing.ApprovalPolicyView;
import org.institute.licensing.ApprovalRuleTerms;
import org.institute.licensing.ApproverRoleView;
import org.institute.licensing.ApproverRoles;
import org.institute.licensing.Exclusivity;
import org.institute.licensing.NewApprovalPolicy;
import org.institute.web.platform.faces.Messages;
import org.institute.web.platform.faces.TableInputs;

/**
 * The approval policy's versions and the form of a new one (decision 0102). The form starts from
 * the rules of the version in force; the module checks everything, and its refusals show beside the
 * rule's field they name, with every value typed kept. Saving asks for confirmation and reloads the
 * page (Post/Redirect/Get).
 */
@Named("approvalPolicyPage")
@ViewScoped
public class ApprovalPolicyBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "policyForm";

  @Inject private ApprovalPolicies policies;
  @Inject private ApproverRoles approverRoles;

  private List<ApprovalPolicyView> versions;
  private LocalDate effectiveFrom;
  private String note;
  private List<RuleRow> rules;
  private List<ApproverRoleView> approverRoleList;

  /** One rule in the form; an empty choice is "any". */
  public static class RuleRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private BigDecimal aboveValueSgd;
    private Exclusivity exclusivity;
    private String territory;
    private String fieldOfUse;
    private String coOwned = "";
    private String licenseeCountry;
    private Integer adminApprovals = 1;
    private boolean coOwnerConsent = true;
    private boolean councilResolution;
    private List<String> namedRoles = new ArrayList<>();

    static RuleRow of(ApprovalRuleTerms t) {
      RuleRow row = new RuleRow();
      row.name = t.name();
      row.aboveValueSgd = t.aboveValueSgd();
      row.exclusivity = t.exclusivity();
      row.territory = t.territory();
      row.fieldOfUse = t.fieldOfUse();
      row.coOwned = t.coOwned() == null ? "" : t.coOwned().toString();
      row.licenseeCountry = t.licenseeCountry();
      row.adminApprovals = t.adminApprovals();
      row.coOwnerConsent = t.coOwnerConsent();
      row.councilResolution = t.councilResolution();
      row.namedRoles = new ArrayList<>(t.namedRoles());
      return row;
    }

    ApprovalRuleTerms terms() {
      return new ApprovalRuleTerms(
          name,
          aboveValueSgd,
          exclusivity,
          territory,
          fieldOfUse,
          coOwned == null || coOwned.isEmpty() ? null : Boolean.valueOf(coOwned),
          licenseeCountry,
          adminApprovals == null ? 0 : adminApprovals,
          coOwnerConsent,
          councilResolution,
          namedRoles);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public BigDecimal getAboveValueSgd() {
      return aboveValueSgd;
    }

    public void setAboveValueSgd(BigDecimal aboveValueSgd) {
      this.aboveValueSgd = aboveValueSgd;
    }

    public Exclusivity getExclusivity() {
      return exclusivity;
    }

    public void setExclusivity(Exclusivity exclusivity) {
      this.exclusivity = exclusivity;
    }

    public String getTerritory() {
      return territory;
    }

    public void setTerritory(String territory) {
      this.territory = territory;
    }

    public String getFieldOfUse() {
      return fieldOfUse;
    }

    public void setFieldOfUse(String fieldOfUse) {
      this.fieldOfUse = fieldOfUse;
    }

    public String getCoOwned() {
      return coOwned;
    }

    public void setCoOwned(String coOwned) {
      this.coOwned = coOwned;
    }

    public String getLicenseeCountry() {
      return licenseeCountry;
    }

    public void setLicenseeCountry(String licenseeCountry) {
      this.licenseeCountry = licenseeCountry;
    }

    public Integer getAdminApprovals() {
      return adminApprovals;
    }

    public void setAdminApprovals(Integer adminApprovals) {
      this.adminApprovals = adminApprovals;
    }

    public boolean isCoOwnerConsent() {
      return coOwnerConsent;
    }

    public void setCoOwnerConsent(boolean coOwnerConsent) {
      this.coOwnerConsent = coOwnerConsent;
    }

    public boolean isCouncilResolution() {
      return councilResolution;
    }

    public void setCouncilResolution(boolean councilResolution) {
      this.councilResolution = councilResolution;
    }

    public List<String> getNamedRoles() {
      return namedRoles;
    }

    public void setNamedRoles(List<String> namedRoles) {
      this.namedRoles = namedRoles == null ? new ArrayList<>() : new ArrayList<>(namedRoles);
    }
  }

  public List<ApprovalPolicyView> getVersions() {
    if (versions == null) {
      versions = policies.versions();
    }
    return versions;
  }

  /** The rows of the form: at first the rules of the version in force. */
  public List<RuleRow> getRules() {
    if (rules == null) {
      rules = new ArrayList<>();
      getVersions().stream()
          .filter(v -> v.standing() == ApprovalPolicyView.Standing.IN_FORCE)
          .findFirst()
          .ifPresent(v -> v.rules().forEach(r -> rules.add(RuleRow.of(r))));
    }
    return rules;
  }

  /** The rule's conditions in the reader's language: "any deal" when it sets none. */
  public String conditionsOf(ApprovalRuleTerms r) {
    List<String> parts = new ArrayList<>();
    if (r.aboveValueSgd() != null) {
      parts.add(Messages.text("approvalPolicy.if.above", r.aboveValueSgd()));
    }
    if (r.exclusivity() != null) {
      parts.add(Messages.text("lic.exclusivity." + r.exclusivity().name()));
    }
    if (r.territory() != null) {
      parts.add(Messages.text("approvalPolicy.if.territory", r.territory()));
    }
    if (r.fieldOfUse() != null) {
      parts.add(Messages.text("approvalPolicy.if.field", r.fieldOfUse()));
    }
    if (r.coOwned() != null) {
      parts.add(
          Messages.text(r.coOwned() ? "approvalPolicy.if.coOwned" : "approvalPolicy.if.oneOwner"));
    }
    if (r.licenseeCountry() != null) {
      parts.add(Messages.text("approvalPolicy.if.country", r.licenseeCountry()));
    }
    return parts.isEmpty()
        ? Messages.text("approvalPolicy.if.any")
        : String.join(Messages.text("approvalPolicy.and"), parts);
  }

  /** What the rule asks for, in the reader's language, with its named roles by name. */
  public String needsOf(ApprovalRuleTerms r, String language) {
    String needs =
        LicensingFormat.approvalNeeds(
            r.adminApprovals(), r.coOwnerConsent(), r.councilResolution());
    if (r.namedRoles().isEmpty()) {
      return needs;
    }
    List<String> names =
        r.namedRoles().stream()
            .map(
                code ->
                    getApproverRoles().stream()
                        .filter(role -> role.code().equals(code))
                        .findFirst()
                        .map(role -> role.name(language))
                        .orElse(code))
            .toList();
    return needs + " " + Messages.text("approvalPolicy.needs.roles", String.join(", ", names));
  }

  /** The named approver roles a rule may ask for (decision 0108). */
  public List<ApproverRoleView> getApproverRoles() {
    if (approverRoleList == null) {
      approverRoleList = approverRoles.roles();
    }
    return approverRoleList;
  }

  public List<Exclusivity> getExclusivities() {
    return List.of(Exclusivity.values());
  }

  public void addRule() {
    getRules().add(new RuleRow());
  }

  public void removeRule(RuleRow row) {
    getRules().remove(row);
  }

  /** Moves the rule one place up: the order decides which rule applies first. */
  public void moveUp(RuleRow row) {
    int at = getRules().indexOf(row);
    if (at > 0) {
      rules.remove(at);
      rules.add(at - 1, row);
    }
  }

  /** Saves the new version; on success the page again, by a redirect, with what was saved. */
  public String save() {
    NewApprovalPolicy policy =
        new NewApprovalPolicy(
            effectiveFrom, note, getRules().stream().map(RuleRow::terms).toList());
    ApprovalPolicyView[] saved = new ApprovalPolicyView[1];
    if (Messages.attempt(FORM, TableInputs.of("rules"), () -> saved[0] = policies.save(policy))) {
      return Messages.reloadAfter(
          "approvalPolicy.saved", saved[0].version(), saved[0].effectiveFrom());
    }
    return null;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
