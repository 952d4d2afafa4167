package org.institute.web.platform.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Runs after the demo step, so that with demo data on the demo's own {@code admin} exists first and
 * the request is ignored rather than the demo data being skipped.
 */
@Singleton
@Startup
@DependsOn("DemoDataStartup")
public class FirstAdminStartup {

  @Inject private FirstAdmin firstAdmin;

  // NOT_SUPPORTED on the method itself: MariaDB refuses work inside the start-up's own XA
  // transaction
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void openFirstAdminIfAsked() {
    firstAdmin.openIfAsked();
  }
}
