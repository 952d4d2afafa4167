package org.institute.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.AccountView;
import org.institute.core.Role;

/**
 * {@code institute.security.admin-mfa}: {@code optional} (the default, so the demo signs in with a
 * password) or {@code required}, when an admin without a second factor gets no API token and, in
 * the portal, only the account page, where the second factor is set up.
 */
@ApplicationScoped
public class AdminMfaPolicy {

  @Inject
  @ConfigProperty(name = "institute.security.admin-mfa", defaultValue = "optional")
  String setting;

  public boolean required() {
    return "required".equalsIgnoreCase(setting.trim());
  }

  /** True when this account must set up its second factor before it may do anything else. */
  public boolean mustEnrol(AccountView account) {
    return required() && account.roles().contains(Role.ADMIN) && !account.mfa();
  }
}
