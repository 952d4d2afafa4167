package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.institute.core.Caller;
import org.institute.core.CoreAccess;
import org.institute.core.CoreAction;
import org.institute.core.Role;

/** Who may administer the kernel: admins everything; auditors read the audit trail. */
@ApplicationScoped
class CorePolicy implements CoreAccess {

  @Inject private Caller caller;

  @Override
  public Set<CoreAction> allowedActions() {
    return allowedFor(caller.roles());
  }

  static Set<CoreAction> allowedFor(Set<Role> roles) {
    Set<CoreAction> allowed = EnumSet.noneOf(CoreAction.class);
    if (roles.contains(Role.ADMIN)) {
      allowed.addAll(EnumSet.allOf(CoreAction.class));
    }
    if (roles.contains(Role.AUDITOR)) {
      allowed.add(CoreAction.READ_AUDIT_TRAIL);
    }
    return allowed;
  }
}
