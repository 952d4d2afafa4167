package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One rule of an approval policy (decision 0102): the conditions a deal must meet for the rule to
 * apply, each {@code null} for "any", and what a deal it applies to needs before it is approved.
 *
 * @param name what the rule is called in the portal and on the deals it decided
 * @param aboveValueSgd applies when the deal's total value, in SGD at the submission date's rate,
 *     is above this amount
 * @param exclusivity applies to deals of this exclusivity
 * @param territory applies when the deal's territory contains this text (any case)
 * @param fieldOfUse applies when the deal's field of use contains this text (any case)
 * @param coOwned applies to deals whose licensed families have several co-owners ({@code true}) or
 *     one ({@code false})
 * @param licenseeCountry applies when the licensee's country is this ISO 3166 code
 * @param adminApprovals how many different admins must approve, none of them the deal's drafter or
 *     submitter (1 to 5)
 * @param coOwnerConsent whether each co-owner other than the submitter's partner must consent first
 * @param councilResolution whether the Governing Council's resolution must be recorded on the deal
 *     before its approval is complete
 * @param namedRoles the codes of the named approver roles (decision 0108) each of which needs one
 *     approval by a holder of the role, none of them the deal's drafter or submitter; such an
 *     approval also counts toward {@code adminApprovals}
 */
public record ApprovalRuleTerms(
    String name,
    BigDecimal aboveValueSgd,
    Exclusivity exclusivity,
    String territory,
    String fieldOfUse,
    Boolean coOwned,
    String licenseeCountry,
    int adminApprovals,
    boolean coOwnerConsent,
    boolean councilResolution,
    List<String> namedRoles)
    implements Serializable {

  public ApprovalRuleTerms {
    namedRoles =
        namedRoles == null
            ? List.of()
            : namedRoles.stream()
                .filter(r -> r != null && !r.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
  }

  /** Whether the rule has no condition at all: it applies to every deal. */
  public boolean unconditional() {
    return aboveValueSgd == null
        && exclusivity == null
        && blank(territory)
        && blank(fieldOfUse)
        && coOwned == null
        && blank(licenseeCountry);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
