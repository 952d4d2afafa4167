package org.institute.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium for each test JVM, handed to the browser tests as a parameter.
 *
 * <p>Starting Chromium costs seconds and memory; nine classes used to start their own. The browser
 * is kept for the whole test JVM (failsafe gives a test JVM one class at a time, each a JUnit run
 * of its own) and quits when the JVM ends. Each test starts signed out: {@link Portal#signInAs}
 * clears the cookies first, so no test inherits another's session.
 *
 * <pre>
 * &#64;ExtendWith(Chromium.class)
 * class SomeBrowserIT {
 *   &#64;BeforeEach void open(Chromium chromium) { portal = chromium.portal(base); }
 * }
 * </pre>
 */
final class Chromium implements ParameterResolver {
  private static Chromium running;

  private ChromeDriver driver;
  private Path downloads;

  /**
   * The portal at this address in the run's browser, signed out: no cookie of an earlier test (its
   * session, a language chosen while signed out) reaches the next.
   */
  Portal portal(URL base) {
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    // again for each test: a setting made once was seen lost by a later class's downloads
    allowDownloads();
    return new Portal(driver, base, downloads);
  }

  private void allowDownloads() {
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Chromium.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return running();
  }

  private static synchronized Chromium running() {
    if (running == null) {
      running = started();
      Runtime.getRuntime().addShutdownHook(new Thread(running::quit));
    }
    return running;
  }

  private static Chromium started() {
    Chromium chromium = new Chromium();
    try {
      chromium.downloads = Files.createTempDirectory("institute-downloads");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    chromium.driver = Browser.start();
    return chromium;
  }

  private void quit() {
    if (driver != null) {
      driver.quit();
    }
  }
}
