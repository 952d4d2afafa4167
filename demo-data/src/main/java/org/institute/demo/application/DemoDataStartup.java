package org.institute.demo.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/** Loads the demo data at start-up when the switch is on. */
@Singleton
@Startup
public class DemoDataStartup {

  private static final Logger LOG = Logger.getLogger(DemoDataStartup.class.getName());

  @Inject private Config config;
  @Inject private DemoData demo;

  // NOT_SUPPORTED on the method itself: MariaDB refuses work inside the start-up's own XA
  // transaction
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void loadIfSwitchedOn() {
    if (DemoSwitch.enabled(config)) {
      demo.load();
    } else {
      LOG.info("demo data switched off");
    }
  }
}
