package org.institute.web.core.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.institute.core.AccountView;
import org.institute.core.Accounts;

/**
 * The one place a page turns a user name (a login, as records keep who acted) into the person's
 * display name: approvers, consenting staff, submitters, reviewers, who voided or recorded
 * something. A login without an account (removed, or the system) is shown as it is. Pages mark the
 * result {@code translate="no"}: it is a person's name, not the interface's text (decision 0084).
 * Each name is looked up once per request.
 */
@Named("people")
@RequestScoped
public class PeopleNames {

  @Inject private Accounts accounts;

  private final Map<String, String> known = new HashMap<>();
  private Function<String, Optional<String>> lookup;

  public PeopleNames() {}

  /** Names from {@code lookup} (a login to a display name), for tests. */
  PeopleNames(Function<String, Optional<String>> lookup) {
    this.lookup = lookup;
  }

  /** The display name of the user {@code login}; the login when no account has it; "" for none. */
  public String name(String login) {
    if (login == null || login.isBlank()) {
      return "";
    }
    return known.computeIfAbsent(login, l -> lookup().apply(l).filter(n -> !n.isBlank()).orElse(l));
  }

  /** The display names of the users, in their order, joined by ", "; "—" for none. */
  public String names(Collection<String> logins) {
    if (logins == null || logins.isEmpty()) {
      return "—";
    }
    return logins.stream().map(this::name).collect(Collectors.joining(", "));
  }

  private Function<String, Optional<String>> lookup() {
    if (lookup == null) {
      lookup = l -> accounts.find(l).map(AccountView::displayName);
    }
    return lookup;
  }
}
