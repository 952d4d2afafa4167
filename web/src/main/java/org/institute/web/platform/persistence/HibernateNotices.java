package org.institute.web.platform.persistence;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Keeps one of Hibernate's notes out of the log: that {@code
 * hibernate.type.preferred_instant_jdbc_type} (persistence.xml: every {@code Instant} stored as a
 * UTC timestamp) is an incubating setting. Hibernate writes it at WARN once per mapped {@code
 * Instant} attribute, 70 lines at every boot, and the setting is deliberate. Hibernate creates its
 * integrators (this one is listed in {@code META-INF/services}) before it maps the first entity,
 * which is the earliest moment the application has, so the level is set when it loads this class; a
 * pre-boot {@code set-log-levels} would do the same but switches Payara's log to another format.
 * Hibernate's other notes (deprecations among them) stay in the log.
 */
public class HibernateNotices implements Integrator {

  /** Held here: a logger nobody references can be collected, and its level with it. */
  static final Logger INCUBATING = Logger.getLogger("org.hibernate.orm.incubating");

  static {
    INCUBATING.setLevel(Level.SEVERE);
  }

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    // nothing: loading the class was the work
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // nothing to undo
  }
}
