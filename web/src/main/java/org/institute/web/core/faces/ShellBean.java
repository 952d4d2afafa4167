package org.institute.web.core.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.institute.core.AccountView;
import org.institute.core.Accounts;
import org.institute.core.Caller;
import org.institute.core.Role;

/** What the page frame shows: who is signed in and the menu their roles may use. */
@Named("shell")
@RequestScoped
public class ShellBean {

  /** A menu entry: its id (stable for tests and screen readers), label key and address. */
  public record MenuItem(String id, String labelKey, String outcome) {}

  @Inject private Caller caller;
  @Inject private Accounts accounts;

  private Optional<AccountView> account;

  public AccountView getAccount() {
    if (account == null) {
      account = caller.isAuthenticated() ? accounts.find(caller.name()) : Optional.empty();
    }
    return account.orElse(null);
  }

  public List<Role> getRoles() {
    return caller.roles().stream().sorted().toList();
  }

  public boolean is(String role) {
    return caller.hasRole(Role.valueOf(role));
  }

  public List<MenuItem> getMenu() {
    List<MenuItem> menu = new java.util.ArrayList<>();
    menu.add(new MenuItem("menu-home", "nav.home", "/app/home.xhtml"));
    menu.add(new MenuItem("menu-partners", "nav.partners", "/app/partners.xhtml"));
    if (caller.hasRole(Role.PARTNER_STAFF)) {
      caller
          .partner()
          .ifPresent(
              p ->
                  menu.add(
                      new MenuItem(
                          "menu-my-partner", "nav.myPartner", "/app/partner.xhtml?id=" + p)));
    }
    if (caller.hasRole(Role.ADMIN)
        || caller.hasRole(Role.PARTNER_STAFF)
        || caller.hasRole(Role.COUNCIL)
        || caller.hasRole(Role.AUDITOR)) {
      menu.add(new MenuItem("menu-patents", "nav.patents", "/app/licensing/patents.xhtml"));
      menu.add(new MenuItem("menu-deals", "nav.deals", "/app/licensing/deals.xhtml"));
      menu.add(
          new MenuItem("menu-disclosures", "nav.disclosures", "/app/licensing/disclosures.xhtml"));
    }
    if (caller.hasRole(Role.ADMIN) || caller.hasRole(Role.PARTNER_STAFF)) {
      menu.add(new MenuItem("menu-inbox", "nav.inbox", "/app/licensing/inbox.xhtml"));
    }
    menu.add(new MenuItem("menu-agreements", "nav.agreements", "/app/agreements.xhtml"));
    if (caller.hasRole(Role.ADMIN)
        || caller.hasRole(Role.COUNCIL)
        || caller.hasRole(Role.AUDITOR)) {
      menu.add(new MenuItem("menu-council", "nav.council", "/app/council/index.xhtml"));
    }
    menu.add(new MenuItem("menu-programmes", "nav.programmes", "/app/talent/programmes.xhtml"));
    if (caller.hasRole(Role.ADMIN) || caller.hasRole(Role.COORDINATOR)) {
      menu.add(
          new MenuItem("menu-certificates", "nav.certificates", "/app/talent/certificates.xhtml"));
    }
    if (caller.hasRole(Role.ADMIN)
        || caller.hasRole(Role.COUNCIL)
        || caller.hasRole(Role.AUDITOR)) {
      menu.add(new MenuItem("menu-dashboard", "nav.dashboard", "/app/dashboard.xhtml"));
      menu.add(new MenuItem("menu-reports", "nav.reports", "/app/council/reports.xhtml"));
    }
    if (caller.hasRole(Role.ADMIN)
        || caller.hasRole(Role.PARTNER_STAFF)
        || caller.hasRole(Role.COUNCIL)
        || caller.hasRole(Role.AUDITOR)) {
      menu.add(new MenuItem("menu-projects", "nav.projects", "/app/records/projects.xhtml"));
      menu.add(new MenuItem("menu-spin-offs", "nav.spinOffs", "/app/records/spinoffs.xhtml"));
      menu.add(new MenuItem("menu-funding", "nav.funding", "/app/funding/index.xhtml"));
    }
    if (caller.hasRole(Role.ADMIN)
        || caller.hasRole(Role.COUNCIL)
        || caller.hasRole(Role.AUDITOR)) {
      menu.add(new MenuItem("menu-space", "nav.space", "/app/records/space.xhtml"));
    }
    if (caller.hasRole(Role.ADMIN) || caller.hasRole(Role.AUDITOR)) {
      menu.add(new MenuItem("menu-audit", "nav.audit", "/app/audit/trail.xhtml"));
    }
    if (caller.hasRole(Role.ADMIN)) {
      menu.add(new MenuItem("menu-users", "nav.users", "/app/admin/users.xhtml"));
      menu.add(new MenuItem("menu-outbox", "nav.outbox", "/app/admin/outbox.xhtml"));
      menu.add(new MenuItem("menu-fx-rates", "nav.fxRates", "/app/admin/fx-rates.xhtml"));
    }
    menu.add(new MenuItem("menu-account", "nav.account", "/app/account.xhtml"));
    return menu;
  }
}
