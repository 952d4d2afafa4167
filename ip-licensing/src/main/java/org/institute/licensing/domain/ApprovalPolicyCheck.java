package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.licensing.ApprovalRuleTerms;
import org.institute.licensing.NewApprovalPolicy;

/**
 * What a new approval policy version must be (decision 0102), every problem at once, each naming
 * its field: in force from today or later (a deal submitted before is never decided again), at most
 * {@value ApprovalPolicyVersion#MAX_RULES} named rules, each reachable (no rule after one without
 * conditions), with sound conditions, and asking for no more admin approvals than there are admins
 * to give them, and only named approver roles (decision 0108) that exist and have an enabled
 * holder.
 */
public final class ApprovalPolicyCheck {

  /** The most admin approvals a rule may ask for. */
  public static final int MAX_APPROVALS = 5;

  /** The most named approver roles a rule may ask for. */
  public static final int MAX_NAMED_ROLES = 5;

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private ApprovalPolicyCheck() {}

  /**
   * @param admins how many enabled admins there are to approve deals today
   */
  public static List<Violation> violations(NewApprovalPolicy policy, LocalDate today, int admins) {
    return violations(policy, today, admins, Map.of());
  }

  /**
   * @param admins how many enabled admins there are to approve deals today
   * @param holders every named approver role's code with its holders who are enabled admins today
   */
  public static List<Violation> violations(
      NewApprovalPolicy policy, LocalDate today, int admins, Map<String, Set<String>> holders) {
    List<Violation> problems = new ArrayList<>();
    if (policy.effectiveFrom() == null) {
      problems.add(new Violation("effectiveFrom", "field.required"));
    } else if (policy.effectiveFrom().isBefore(today)) {
      problems.add(new Violation("effectiveFrom", "licensing.approvalPolicy.effectiveFrom.past"));
    }
    if (policy.note() != null && policy.note().strip().length() > 500) {
      problems.add(new Violation("note", "field.tooLong"));
    }
    if (policy.rules().size() > ApprovalPolicyVersion.MAX_RULES) {
      problems.add(new Violation("rules", "field.tooMany"));
      return problems;
    }
    Set<String> names = new HashSet<>();
    boolean catchAllBefore = false;
    for (int i = 0; i < policy.rules().size(); i++) {
      ApprovalRuleTerms rule = policy.rules().get(i);
      String at = "rules[" + i + "].";
      if (rule == null) {
        problems.add(new Violation("rules[" + i + "]", "field.required"));
        continue;
      }
      if (rule.name() == null || rule.name().isBlank()) {
        problems.add(new Violation(at + "name", "field.required"));
      } else if (rule.name().strip().length() > 120) {
        problems.add(new Violation(at + "name", "field.tooLong"));
      } else if (!names.add(rule.name().strip().toLowerCase(Locale.ROOT))) {
        problems.add(new Violation(at + "name", "licensing.approvalPolicy.name.duplicate"));
      }
      if (catchAllBefore) {
        problems.add(new Violation(at + "name", "licensing.approvalPolicy.rule.unreachable"));
      }
      BigDecimal value = rule.aboveValueSgd();
      if (value != null
          && (value.signum() < 0 || Math.max(0, value.stripTrailingZeros().scale()) > 2)) {
        problems.add(new Violation(at + "aboveValueSgd", "licensing.approvalPolicy.value.invalid"));
      }
      tooLong(problems, at + "territory", rule.territory());
      tooLong(problems, at + "fieldOfUse", rule.fieldOfUse());
      String country = rule.licenseeCountry();
      if (country != null
          && !country.isBlank()
          && !COUNTRIES.contains(country.strip().toUpperCase(Locale.ROOT))) {
        problems.add(
            new Violation(at + "licenseeCountry", "licensing.approvalPolicy.country.invalid"));
      }
      if (rule.adminApprovals() < 1 || rule.adminApprovals() > MAX_APPROVALS) {
        problems.add(
            new Violation(at + "adminApprovals", "licensing.approvalPolicy.approvals.range"));
      } else if (rule.adminApprovals() > admins) {
        problems.add(
            new Violation(at + "adminApprovals", "licensing.approvalPolicy.approvals.noApprover"));
      }
      namedRoles(problems, at + "namedRoles", rule.namedRoles(), holders);
      catchAllBefore |= rule.unconditional();
    }
    return problems;
  }

  /**
   * @throws InvalidCommandException with every problem of the policy
   */
  public static void require(NewApprovalPolicy policy, LocalDate today, int admins) {
    require(policy, today, admins, Map.of());
  }

  /**
   * @throws InvalidCommandException with every problem of the policy
   */
  public static void require(
      NewApprovalPolicy policy, LocalDate today, int admins, Map<String, Set<String>> holders) {
    List<Violation> problems = violations(policy, today, admins, holders);
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
  }

  /** A rule's named roles: at most five, each defined and held by an enabled admin. */
  private static void namedRoles(
      List<Violation> problems,
      String field,
      List<String> codes,
      Map<String, Set<String>> holders) {
    if (codes.size() > MAX_NAMED_ROLES) {
      problems.add(new Violation(field, "field.tooMany"));
      return;
    }
    for (String code : codes) {
      Set<String> held = holders.get(code);
      if (held == null) {
        problems.add(new Violation(field, "licensing.approvalPolicy.role.unknown"));
        return;
      }
      if (held.isEmpty()) {
        problems.add(new Violation(field, "licensing.approvalPolicy.role.noHolder"));
        return;
      }
    }
  }

  private static void tooLong(List<Violation> problems, String field, String text) {
    if (text != null && text.strip().length() > 120) {
      problems.add(new Violation(field, "field.tooLong"));
    }
  }
}
