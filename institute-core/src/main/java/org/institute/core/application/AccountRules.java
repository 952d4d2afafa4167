package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.institute.core.KnownPartners;
import org.institute.core.PartnerId;
import org.institute.core.Role;
import org.institute.core.Violation;

/**
 * Field rules for accounts, shared by invitations and account changes, and how accounts are named
 * in the audit trail.
 */
@ApplicationScoped
class AccountRules {

  @Inject private KnownPartners partners;

  /**
   * Partner staff need an existing partner; licensee staff a partner that is a licensee, and no
   * other role beside; nobody else may have a partner.
   */
  void checkRolesAndPartner(Set<Role> roles, PartnerId partner, List<Violation> problems) {
    if (roles == null || roles.isEmpty()) {
      problems.add(new Violation("roles", "user.roles.required"));
      return;
    }
    if (roles.contains(Role.LICENSEE)) {
      if (roles.size() > 1) {
        problems.add(new Violation("roles", "user.roles.licenseeAlone"));
      } else if (partner == null) {
        problems.add(new Violation("partner", "user.partner.required"));
      } else if (!partners.isLicensee(partner)) {
        problems.add(new Violation("partner", "user.partner.notLicensee"));
      }
    } else if (roles.contains(Role.PARTNER_STAFF)) {
      if (partner == null) {
        problems.add(new Violation("partner", "user.partner.required"));
      } else if (!partners.exists(partner)) {
        problems.add(new Violation("partner", "partner.unknown"));
      }
    } else if (partner != null) {
      problems.add(new Violation("partner", "user.partner.onlyForStaff"));
    }
  }

  static void checkName(String name, List<Violation> problems) {
    if (name == null || name.isBlank()) {
      problems.add(new Violation("displayName", "account.displayName.required"));
    } else if (name.length() > 200) {
      problems.add(new Violation("displayName", "field.tooLong"));
    }
  }

  static void checkEmail(String email, List<Violation> problems) {
    if (email == null
        || email.length() > 254
        || !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add(new Violation("email", "account.email.invalid"));
    }
  }

  static List<Role> sorted(Set<Role> roles) {
    return roles.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(roles));
  }

  /**
   * The audit trail keeps who was changed, not a full address: a@… is enough to tell them apart.
   */
  static String maskEmail(String email) {
    int at = email.indexOf('@');
    return at <= 1
        ? "…" + email.substring(Math.max(at, 0))
        : email.charAt(0) + "…" + email.substring(at);
  }
}
