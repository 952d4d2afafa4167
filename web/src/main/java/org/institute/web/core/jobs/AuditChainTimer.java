package org.institute.web.core.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.AuditTrail;
import org.institute.core.ChainCheck;
import org.institute.core.SystemActor;
import org.institute.web.platform.jobs.LeasedJobs;

/**
 * Verifies the whole audit chain two minutes after start and then every {@code
 * institute.audit.verify.hours} hours (default 24; 0: never), as the system, and keeps the verdict,
 * which the home pages show (decision 0123). In a cluster only the holder of the job's lease runs
 * it ({@link LeasedJobs}). A broken chain is logged as SEVERE: it means a stored entry was changed
 * outside the application.
 */
@Singleton
@Startup
public class AuditChainTimer {

  private static final Logger LOG = Logger.getLogger(AuditChainTimer.class.getName());

  @Inject private LeasedJobs jobs;
  @Inject private AuditTrail audit;
  @Inject private SystemActor system;

  @Inject
  @ConfigProperty(name = "institute.audit.verify.hours", defaultValue = "24")
  private int hours;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    jobs.schedule("audit-chain", Duration.ofMinutes(2), Duration.ofHours(hours), this::verify);
  }

  private void verify() {
    ChainCheck check = system.call(audit::verify);
    if (check.intact()) {
      LOG.info(() -> "audit chain intact: " + check.linksChecked() + " entries verified");
    } else {
      LOG.severe(
          () ->
              "audit chain broken at entry "
                  + check.firstBrokenSequence()
                  + ": "
                  + check.problem());
    }
  }
}
