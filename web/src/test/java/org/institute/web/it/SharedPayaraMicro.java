package org.institute.web.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro booted once per test run instead of once per test class.
 *
 * <p>Payara Micro's Arquillian container starts a new server for every deployment, and Arquillian
 * deploys once per test class: fourteen classes meant fourteen boots of about 20 s (a minute under
 * load). Every class deploys the same built WAR, so this container keeps the first deployment
 * running, answers later deployments of an archive of the same name with the same server, and stops
 * it when Arquillian stops the container at the end of the run. A class that deploys a different
 * archive replaces the running one.
 *
 * <p>Registered as an Arquillian extension in {@code META-INF/services}; it replaces the Payara
 * Micro container rather than standing beside it.
 */
public class SharedPayaraMicro extends PayaraMicroDeployableContainer {

  private Archive<?> running;
  private ProtocolMetaData runningAt;
  private int reused;

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (running != null && running.getName().equals(archive.getName())) {
      reused++;
      return runningAt;
    }
    stopRunning();
    String seed = System.getProperty("junit.jupiter.execution.order.random.seed");
    if (seed != null) {
      System.out.println(
          "Test classes and methods run in random order, seed "
              + seed
              + " (-Dit.order.seed="
              + seed
              + " runs this order again)");
    }
    runningAt = super.deploy(archive);
    running = archive;
    return runningAt;
  }

  @Override
  public void undeploy(Archive<?> archive) {
    // kept for the next test class; stopped with the container
  }

  @Override
  public synchronized void stop() throws LifecycleException {
    try {
      stopRunning();
    } catch (DeploymentException e) {
      throw new LifecycleException("could not stop Payara Micro", e);
    }
    super.stop();
  }

  private void stopRunning() throws DeploymentException {
    if (running != null) {
      System.out.println(
          running.getName() + " on Payara Micro served " + (reused + 1) + " test classes");
      super.undeploy(running);
      running = null;
      runningAt = null;
      reused = 0;
    }
  }

  /** The Arquillian extension that puts this container in place of Payara Micro's own. */
  public static final class Extension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
      builder.override(
          DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
    }
  }
}
