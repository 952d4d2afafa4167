package org.institute.web.core.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.AuditTrail;
import org.institute.core.ChainCheck;
import org.institute.core.JobLeases;
import org.institute.core.SystemActor;

/**
 * Verifies the whole audit chain two minutes after start and then every {@code
 * institute.audit.verify.hours} hours (default 24), as the system, and keeps the verdict, which the
 * home pages show (decision 0123). In a cluster only the holder of the job's lease runs it. A
 * broken chain is logged as SEVERE: it means a stored entry was changed outside the application.
 */
@Singleton
@Startup
public class AuditChainTimer {

  private static final Logger LOG = Logger.getLogger(AuditChainTimer.class.getName());

  @Resource private ManagedScheduledExecutorService scheduler;
  @Inject private AuditTrail audit;
  @Inject private SystemActor system;
  @Inject private JobLeases leases;

  @Inject
  @ConfigProperty(name = "institute.audit.verify.hours", defaultValue = "24")
  private int hours;

  private ScheduledFuture<?> task;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    if (hours > 0) {
      task = scheduler.scheduleWithFixedDelay(this::run, 120, hours * 3600L, TimeUnit.SECONDS);
    }
  }

  private void run() {
    try {
      if (!leases.tryRun("audit-chain", Duration.ofHours(hours))) {
        return;
      }
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
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "audit chain verification failed; the next run tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
