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
 * One headless Chromium for the whole test run, handed to the browser tests as a parameter.
 *
 * <p>Starting Chromium costs seconds and memory; nine classes used to start their own. The browser
 * lives in JUnit's root store and quits when the run ends. Each test starts signed out: {@link
 * Portal#signInAs} clears the cookies first, so no test inherits another's session.
 *
 * <pre>
 * &#64;ExtendWith(Chromium.class)
 * class SomeBrowserIT {
 *   &#64;BeforeEach void open(Chromium chromium) { portal = chromium.portal(base); }
 * }
 * </pre>
 */
final class Chromium implements ParameterResolver, ExtensionContext.Store.CloseableResource {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(Chromium.class);

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
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Chromium.class, k -> started(), Chromium.class);
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

  @Override
  public void close() {
    if (driver != null) {
      driver.quit();
    }
  }
}
