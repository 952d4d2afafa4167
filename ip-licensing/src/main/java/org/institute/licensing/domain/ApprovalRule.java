package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.institute.licensing.ApprovalRuleTerms;
import org.institute.licensing.Exclusivity;

/**
 * One rule of a saved approval policy version, as stored: its conditions on a deal and what the
 * deal then needs ({@link ApprovalRuleTerms} explains each). Never changed once saved.
 */
@Embeddable
public class ApprovalRule {

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "above_value_sgd", precision = 19, scale = 2)
  private BigDecimal aboveValueSgd;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Exclusivity exclusivity;

  @Column(length = 120)
  private String territory;

  @Column(name = "field_of_use", length = 120)
  private String fieldOfUse;

  @Column(name = "co_owned")
  private Boolean coOwned;

  @Column(name = "licensee_country", length = 2)
  private String licenseeCountry;

  @Column(name = "admin_approvals", nullable = false)
  private int adminApprovals;

  @Column(name = "co_owner_consent", nullable = false)
  private boolean coOwnerConsent;

  @Column(name = "council_resolution", nullable = false)
  private boolean councilResolution;

  /** The codes of the named approver roles it asks for, separated by commas (decision 0108). */
  @Column(name = "named_roles", nullable = false, length = 500)
  private String namedRoles = "";

  protected ApprovalRule() {}

  /** A rule from checked terms ({@link ApprovalPolicyCheck}); blank texts count as no condition. */
  static ApprovalRule of(ApprovalRuleTerms terms) {
    ApprovalRule rule = new ApprovalRule();
    rule.name = terms.name().strip();
    rule.aboveValueSgd = terms.aboveValueSgd();
    rule.exclusivity = terms.exclusivity();
    rule.territory = textOrNull(terms.territory());
    rule.fieldOfUse = textOrNull(terms.fieldOfUse());
    rule.coOwned = terms.coOwned();
    rule.licenseeCountry =
        terms.licenseeCountry() == null || terms.licenseeCountry().isBlank()
            ? null
            : terms.licenseeCountry().strip().toUpperCase(Locale.ROOT);
    rule.adminApprovals = terms.adminApprovals();
    rule.coOwnerConsent = terms.coOwnerConsent();
    rule.councilResolution = terms.councilResolution();
    rule.namedRoles = String.join(",", terms.namedRoles());
    return rule;
  }

  /**
   * Whether the rule applies to the deal: every condition it sets holds.
   *
   * @throws org.institute.core.InvalidCommandException when the rule sets a value condition and the
   *     deal's value has no SGD equivalent on the submission date
   */
  public boolean appliesTo(DealFacts deal) {
    if (aboveValueSgd != null && !deal.valueAbove(aboveValueSgd)) {
      return false;
    }
    if (exclusivity != null && exclusivity != deal.exclusivity()) {
      return false;
    }
    if (territory != null && !contains(deal.territory(), territory)) {
      return false;
    }
    if (fieldOfUse != null && !contains(deal.fieldOfUse(), fieldOfUse)) {
      return false;
    }
    if (coOwned != null && coOwned != deal.coOwned()) {
      return false;
    }
    return licenseeCountry == null || licenseeCountry.equalsIgnoreCase(deal.licenseeCountry());
  }

  public ApprovalRuleTerms terms() {
    return new ApprovalRuleTerms(
        name,
        aboveValueSgd,
        exclusivity,
        territory,
        fieldOfUse,
        coOwned,
        licenseeCountry,
        adminApprovals,
        coOwnerConsent,
        councilResolution,
        namedRoles());
  }

  public String name() {
    return name;
  }

  public int adminApprovals() {
    return adminApprovals;
  }

  public boolean coOwnerConsent() {
    return coOwnerConsent;
  }

  public boolean councilResolution() {
    return councilResolution;
  }

  /** The codes of the named approver roles it asks for, in the order given. */
  public List<String> namedRoles() {
    return codes(namedRoles);
  }

  /** Codes stored separated by commas, in order; none for an empty text. */
  static List<String> codes(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
  }

  private static boolean contains(String text, String part) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
  }

  private static String textOrNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
