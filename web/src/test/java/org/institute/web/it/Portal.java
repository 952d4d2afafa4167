package org.institute.web.it;

import java.net.URL;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The portal in the run's browser: its addresses and the sign-in page, written once. */
final class Portal {
  private final ChromeDriver driver;
  private final String base;
  private final Path downloads;

  Portal(ChromeDriver driver, URL base, Path downloads) {
    this.driver = driver;
    this.base = base.toString().replaceAll("/$", "");
    this.downloads = downloads;
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Where the browser saves what it downloads. */
  Path downloads() {
    return downloads;
  }

  /** The absolute address of a portal path such as {@code "deals.xhtml?id=3"}. */
  String url(String path) {
    return base + "/" + path.replaceFirst("^/", "");
  }

  /** Opens a portal path. */
  void open(String path) {
    driver.get(url(path));
  }

  /**
   * Signs out whoever was signed in (the cookies go), then fills and sends the sign-in form; the
   * caller checks what the portal answered.
   */
  void signIn(String username, String password) {
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    open("login.xhtml");
    Browser.until(driver, By.id("login:username"));
    WebElement name = driver.findElement(By.id("login:username"));
    name.clear();
    name.sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:submit")).click();
  }

  /** What the browser received for a link: status, the headers a test checks, the bytes. */
  record Download(int status, Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
  }

  /**
   * Fetches an address from the page, with the browser's own cookies and without following a
   * redirect, as a download link would be followed (a redirect answers status 0).
   */
  Download download(String href) {
    @SuppressWarnings("unchecked")
    Map<String, Object> r =
        (Map<String, Object>)
            driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {redirect: 'manual', credentials: 'same-origin'})"
                    + ".then(r => r.arrayBuffer().then(b => {"
                    + "  const headers = {}; r.headers.forEach((v, k) => headers[k] = v);"
                    + "  let bin = ''; new Uint8Array(b).forEach(x => bin += String.fromCharCode(x));"
                    + "  done({status: r.status, headers: headers, body: btoa(bin)});"
                    + "}))"
                    + ".catch(e => done({status: -1, headers: {}, body: '', error: String(e)}));",
                href);
    if (r.containsKey("error")) {
      throw new AssertionError("the browser could not fetch " + href + ": " + r.get("error"));
    }
    Map<String, String> headers = new HashMap<>();
    ((Map<?, ?>) r.get("headers")).forEach((k, v) -> headers.put(k.toString(), v.toString()));
    return new Download(
        ((Number) r.get("status")).intValue(),
        headers,
        Base64.getDecoder().decode((String) r.get("body")));
  }

  /**
   * Signs in with the demo password and waits for the signed-in page; a refusal fails at once with
   * the portal's own message rather than after a timeout.
   */
  void signInAs(String username) {
    signIn(username, Deployments.DEMO_PASSWORD);
    Browser.waitFor(driver)
        .until(
            d ->
                !d.findElements(By.id("user-name")).isEmpty()
                    || !d.findElements(By.cssSelector(".msg-error, .field-error")).isEmpty());
    if (driver.findElements(By.id("user-name")).isEmpty()) {
      throw new AssertionError(
          username
              + " could not sign in: "
              + driver.findElements(By.cssSelector(".msg-error, .field-error")).stream()
                  .map(WebElement::getText)
                  .toList());
    }
  }
}
