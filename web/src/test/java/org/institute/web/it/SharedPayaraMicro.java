package org.institute.web.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro booted once per test run instead of once per test class.
 *
 * <p>Payara Micro's Arquillian container starts a new server for every deployment, and Arquillian
 * deploys once per test class: fourteen classes meant fourteen boots of about 20 s (a minute under
 * load). Every class deploys the same built WAR, so this container keeps the first deployment
 * running, answers later deployments of an archive of the same name with the same server, and
 * leaves it running until the test JVM ends (Payara's container stops it then). A class that
 * deploys a different archive replaces the running one.
 *
 * <p>The integration tests run in several test JVMs side by side (failsafe's {@code forkCount},
 * {@code -Dit.forks}, decision 0097), each with a server of its own: its database ({@code
 * it.db.url}) and data folder ({@code it.data.dir}) are named per fork by the build, its mail port
 * and the port of its DOI service ({@link DoiService}) are taken here, and all reach the server as
 * system properties, which MicroProfile Config reads before the environment.
 *
 * <p>Registered as an Arquillian extension in {@code META-INF/services}; it replaces the Payara
 * Micro container rather than standing beside it.
 */
public class SharedPayaraMicro extends PayaraMicroDeployableContainer {

  /**
   * Kept for the whole test JVM, not per container instance: Arquillian builds its containers anew
   * for every JUnit run, and failsafe starts one run per test class when it shares the classes out
   * among several test JVMs.
   */
  private static Running running;

  private static boolean reportsAtExit;

  @Override
  public void setup(PayaraMicroContainerConfiguration configuration) {
    configuration.setCmdOptions(
        configuration.getCmdOptions()
            + " -Dinstitute.db.url="
            + System.getProperty("it.db.url")
            + " -Dinstitute.data.dir="
            + System.getProperty("it.data.dir")
            + " -Dinstitute.smtp.port="
            + mailPort()
            + " -Dinstitute.doi.lookup.url=http://127.0.0.1:"
            + DoiService.port());
    super.setup(configuration);
  }

  /**
   * The port this fork's test mail server ({@link Mailbox}) listens on and its server sends to: a
   * free one, chosen once per test JVM.
   */
  static synchronized int mailPort() {
    String chosen = System.getProperty("it.smtp.port");
    if (chosen == null) {
      try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        chosen = Integer.toString(free.getLocalPort());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      System.setProperty("it.smtp.port", chosen);
    }
    return Integer.parseInt(chosen);
  }

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    synchronized (SharedPayaraMicro.class) {
      if (running != null && running.name().equals(archive.getName())) {
        running.served().incrementAndGet();
        return running.at();
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
      Mailbox.running(); // the server's mail goes to it from the first minute
      DoiService.running(); // and its DOI lookups to the local stand-in for Crossref
      running = new Running(this, archive, super.deploy(archive), new AtomicInteger(1));
      if (!reportsAtExit) {
        reportsAtExit = true;
        // Payara's own container stops the server when the JVM ends (its shutdown hook)
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      Running last = running;
                      if (last != null) {
                        System.out.println(last.report());
                      }
                    }));
      }
      return running.at();
    }
  }

  @Override
  public void undeploy(Archive<?> archive) {
    // kept for the next test class; stopped with the test JVM or by a different archive
  }

  @Override
  public void stop() {
    // the server outlives this Arquillian run: failsafe gives a test JVM one class at a time and
    // Arquillian stops its containers after each
  }

  private static void stopRunning() throws DeploymentException {
    if (running != null) {
      System.out.println(running.report());
      running.owner().stopServer(running.archive());
      running = null;
    }
  }

  private void stopServer(Archive<?> archive) throws DeploymentException {
    super.undeploy(archive);
  }

  /** The server this test JVM runs: who started it, with what, where, for how many classes. */
  private record Running(
      SharedPayaraMicro owner, Archive<?> archive, ProtocolMetaData at, AtomicInteger served) {
    String name() {
      return archive.getName();
    }

    String report() {
      return name() + " on Payara Micro served " + served.get() + " test classes";
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
