package org.institute.web.platform.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.institute.core.Accounts;
import org.institute.core.InvalidCommandException;
import org.institute.core.SystemActor;

/**
 * Opens the first administrator from the start-up settings. A refused request (weak password,
 * malformed name) is logged by its rule keys and leaves the application running, so an operator
 * reads the log, fixes the setting and restarts.
 */
@ApplicationScoped
public class FirstAdmin {

  static final String USERNAME = "institute.bootstrap.admin";
  static final String PASSWORD = "institute.bootstrap.admin.password";
  static final String EMAIL = "institute.bootstrap.admin.email";

  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

  @Inject private Config config;
  @Inject private Accounts accounts;
  @Inject private SystemActor system;

  @ActivateRequestContext
  public void openIfAsked() {
    Optional<String> username = config.getOptionalValue(USERNAME, String.class);
    if (username.isEmpty() || username.get().isBlank()) {
      return;
    }
    char[] password =
        config.getOptionalValue(PASSWORD, String.class).map(String::toCharArray).orElse(null);
    String email =
        config
            .getOptionalValue(EMAIL, String.class)
            .orElse(username.get().trim() + "@institute.invalid");
    try {
      system.run(() -> accounts.openFirstAdmin(username.get(), email, password));
    } catch (InvalidCommandException refused) {
      LOG.severe(
          "the first administrator was not opened: fix INSTITUTE_BOOTSTRAP_ADMIN,"
              + " INSTITUTE_BOOTSTRAP_ADMIN_PASSWORD or INSTITUTE_BOOTSTRAP_ADMIN_EMAIL and restart");
    } catch (RuntimeException failed) {
      // e.g. another instance of a cluster opened the same account a moment earlier: the
      // application must still start; only the type is logged, never what was being written
      LOG.warning("the first administrator was not opened: " + failed.getClass().getName());
    } finally {
      if (password != null) {
        Arrays.fill(password, '\0');
      }
    }
  }
}
