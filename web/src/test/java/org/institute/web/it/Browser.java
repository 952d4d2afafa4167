package org.institute.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver, named explicitly so Selenium never
 * tries to download a browser.
 */
final class Browser {
  private Browser() {}

  static ChromeDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
    try {
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic",
          "--window-size=1366,900",
          "--lang=en-GB",
          "--user-data-dir=" + Files.createTempDirectory("institute-chromium"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")).toFile())
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /**
   * A wait of at most 20 s, looking every 50 ms (Selenium's default half second cost each of the
   * suite's several hundred waits up to 450 ms for nothing), that looks again only when the page
   * was replaced under it (a stale element, or a node Chromium says "does not belong to the
   * document"). Any other error ends the wait at once with its own cause, and a timeout names the
   * page the browser was on.
   */
  static WebDriverWait waitFor(WebDriver driver) {
    return waitFor(driver, Duration.ofSeconds(20));
  }

  /** The same wait, for a page known to take longer than 20 s (a large import). */
  static WebDriverWait waitFor(WebDriver driver, Duration timeout) {
    WebDriverWait wait =
        new WebDriverWait(driver, timeout, Duration.ofMillis(50)) {
          @Override
          public <V> V until(Function<? super WebDriver, ? extends V> condition) {
            return super.until(
                d -> {
                  try {
                    return condition.apply(d);
                  } catch (WebDriverException e) {
                    if (replaced(e)) {
                      return null;
                    }
                    throw e;
                  }
                });
          }
        };
    wait.ignoring(StaleElementReferenceException.class);
    wait.withMessage(() -> "on " + driver.getCurrentUrl() + " titled '" + driver.getTitle() + "'");
    return wait;
  }

  private static boolean replaced(WebDriverException e) {
    return e instanceof StaleElementReferenceException
        || String.valueOf(e.getMessage()).contains("does not belong to the document");
  }

  static void screenshot(ChromeDriver driver, String name) {
    try {
      Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Clicks something that loads a new page (a search, a reload, a redirect after a post) and waits
   * until the old page is gone, so that what follows never finds the old page's elements.
   */
  static void clickToNewPage(WebDriver driver, By by) {
    org.openqa.selenium.WebElement old = driver.findElement(By.tagName("html"));
    driver.findElement(by).click();
    waitFor(driver).until(ExpectedConditions.stalenessOf(old));
  }

  /** Waits until the page's {@code lang} attribute is the given language. */
  static void language(WebDriver driver, String tag) {
    waitFor(driver).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", tag));
  }

  static void until(WebDriver driver, By locator) {
    waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(locator));
  }

  /**
   * What sticks out of the window when the page is wider than it: the page's width and the elements
   * whose right edge lies past the window (at most 15), none when the page fits.
   */
  @SuppressWarnings("unchecked")
  static java.util.List<String> overflow(WebDriver driver) {
    return (java.util.List<String>)
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "const d = document.documentElement;"
                    + "if (d.scrollWidth <= d.clientWidth + 1) return [];"
                    + "const out = ['page ' + d.scrollWidth + 'px wide in ' + d.clientWidth + 'px'];"
                    + "for (const el of document.querySelectorAll('body *')) {"
                    + "  const r = el.getBoundingClientRect();"
                    + "  if (r.width > 0 && r.right > d.clientWidth + 1) {"
                    + "    out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')"
                    + "      + (typeof el.className === 'string' && el.className.trim()"
                    + "        ? '.' + el.className.trim().split(/\\s+/).join('.') : '')"
                    + "      + ' ' + Math.round(r.left) + '-' + Math.round(r.right));"
                    + "    if (out.length > 15) break;"
                    + "  }"
                    + "}"
                    + "return out;");
  }
}
