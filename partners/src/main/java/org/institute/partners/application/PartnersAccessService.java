package org.institute.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.institute.partners.PartnersAccess;
import org.institute.partners.PartnersAction;

/** Publishes the policy's module-wide answers for menus and toolbars. */
@ApplicationScoped
class PartnersAccessService implements PartnersAccess {

  @Inject private PartnersPolicy policy;

  @Override
  public Set<PartnersAction> allowedActions() {
    return policy.moduleActions();
  }
}
