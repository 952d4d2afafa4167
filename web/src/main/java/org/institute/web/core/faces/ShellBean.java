package org.institute.web.core.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AccountView;
import org.institute.core.Accounts;
import org.institute.core.Caller;
import org.institute.core.CoreAccess;
import org.institute.core.CoreAction;
import org.institute.core.Role;
import org.institute.licensing.LicensingAccess;
import org.institute.licensing.LicensingAction;
import org.institute.partners.PartnersAccess;
import org.institute.partners.PartnersAction;
import org.institute.records.RecordsAccess;
import org.institute.records.RecordsAction;
import org.institute.reporting.AnnualReports;
import org.institute.reporting.ReportingAction;
import org.institute.talent.Programmes;
import org.institute.talent.TalentAction;

/** What the page frame shows: who is signed in and the menu the modules say they may use. */
@Named("shell")
@RequestScoped
public class ShellBean {

  /** A menu entry: its id (stable for tests and screen readers), label key and address. */
  public record MenuItem(String id, String labelKey, String outcome) {}

  @Inject private Caller caller;
  @Inject private Accounts accounts;
  @Inject private CoreAccess core;
  @Inject private PartnersAccess partners;
  @Inject private LicensingAccess licensing;
  @Inject private Programmes programmes;
  @Inject private RecordsAccess records;
  @Inject private AnnualReports reports;

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

  /**
   * Whether the signed-in person holds a role: for the role's own home section and the role names
   * in the frame only. What a person may do is asked of the modules (see {@link #getMenu()}).
   */
  public boolean is(String role) {
    return caller.roles().contains(Role.valueOf(role));
  }

  /** The menu: each entry shown because the module that owns it says the caller may use it. */
  public List<MenuItem> getMenu() {
    Set<PartnersAction> partners = this.partners.allowedActions();
    Set<LicensingAction> licensing = this.licensing.allowedActions();
    Set<TalentAction> talent = programmes.allowedActions();
    Set<RecordsAction> records = this.records.allowedActions();
    Set<ReportingAction> reporting = reports.allowedActions();
    Set<CoreAction> core = this.core.allowedActions();
    List<MenuItem> menu = new ArrayList<>();
    menu.add(new MenuItem("menu-home", "nav.home", "/app/home.xhtml"));
    add(
        menu,
        partners.contains(PartnersAction.BROWSE_PARTNERS),
        "partners",
        "nav.partners",
        "/app/partners.xhtml");
    if (partners.contains(PartnersAction.SEE_OWN_PARTNER)) {
      caller
          .partner()
          .ifPresent(
              p ->
                  menu.add(
                      new MenuItem(
                          "menu-my-partner", "nav.myPartner", "/app/partner.xhtml?id=" + p)));
    }
    add(
        menu,
        licensing.contains(LicensingAction.READ_PATENT_FAMILIES),
        "patents",
        "nav.patents",
        "/app/licensing/patents.xhtml");
    add(
        menu,
        licensing.contains(LicensingAction.READ_DEALS),
        "deals",
        "nav.deals",
        "/app/licensing/deals.xhtml");
    add(
        menu,
        licensing.contains(LicensingAction.READ_DISCLOSURES),
        "disclosures",
        "nav.disclosures",
        "/app/licensing/disclosures.xhtml");
    add(
        menu,
        licensing.contains(LicensingAction.WORK_INBOX),
        "inbox",
        "nav.inbox",
        "/app/licensing/inbox.xhtml");
    add(
        menu,
        licensing.contains(LicensingAction.REVIEW_ROYALTY_REPORTS),
        "royaltyReviews",
        "nav.royaltyReviews",
        "/app/licensing/royalty-reviews.xhtml");
    add(
        menu,
        licensing.contains(LicensingAction.READ_INVOICES),
        "invoices",
        "nav.invoices",
        "/app/licensing/invoices.xhtml");
    add(
        menu,
        licensing.contains(LicensingAction.READ_OWN_LICENCES),
        "licences",
        "nav.licences",
        "/app/licensee/index.xhtml");
    add(
        menu,
        partners.contains(PartnersAction.BROWSE_AGREEMENTS),
        "agreements",
        "nav.agreements",
        "/app/agreements.xhtml");
    add(
        menu,
        partners.contains(PartnersAction.READ_COUNCIL),
        "council",
        "nav.council",
        "/app/council/index.xhtml");
    add(
        menu,
        talent.contains(TalentAction.BROWSE_PROGRAMMES),
        "programmes",
        "nav.programmes",
        "/app/talent/programmes.xhtml");
    add(
        menu,
        talent.contains(TalentAction.MANAGE_CERTIFICATES),
        "certificates",
        "nav.certificates",
        "/app/talent/certificates.xhtml");
    add(
        menu,
        reporting.contains(ReportingAction.READ_KPIS),
        "dashboard",
        "nav.dashboard",
        "/app/dashboard.xhtml");
    add(
        menu,
        reporting.contains(ReportingAction.GENERATE_ANNUAL_REPORT),
        "reports",
        "nav.reports",
        "/app/council/reports.xhtml");
    add(
        menu,
        records.contains(RecordsAction.READ_PROJECTS),
        "projects",
        "nav.projects",
        "/app/records/projects.xhtml");
    add(
        menu,
        records.contains(RecordsAction.READ_SPIN_OFFS),
        "spin-offs",
        "nav.spinOffs",
        "/app/records/spinoffs.xhtml");
    add(
        menu,
        records.contains(RecordsAction.READ_FUNDING),
        "funding",
        "nav.funding",
        "/app/funding/index.xhtml");
    add(
        menu,
        records.contains(RecordsAction.READ_SPACE),
        "space",
        "nav.space",
        "/app/records/space.xhtml");
    add(
        menu,
        core.contains(CoreAction.READ_AUDIT_TRAIL),
        "audit",
        "nav.audit",
        "/app/audit/trail.xhtml");
    add(
        menu,
        core.contains(CoreAction.MANAGE_USERS),
        "users",
        "nav.users",
        "/app/admin/users.xhtml");
    add(
        menu,
        core.contains(CoreAction.READ_OUTBOX),
        "outbox",
        "nav.outbox",
        "/app/admin/outbox.xhtml");
    add(
        menu,
        core.contains(CoreAction.MANAGE_FX_RATES),
        "fx-rates",
        "nav.fxRates",
        "/app/admin/fx-rates.xhtml");
    add(
        menu,
        core.contains(CoreAction.MANAGE_WEBHOOKS),
        "webhooks",
        "nav.webhooks",
        "/app/admin/webhooks.xhtml");
    add(
        menu,
        licensing.contains(LicensingAction.MANAGE_APPROVAL_POLICIES),
        "approval-policy",
        "nav.approvalPolicy",
        "/app/admin/approval-policy.xhtml");
    add(
        menu,
        licensing.contains(LicensingAction.READ_DISTRIBUTIONS),
        "distribution",
        "nav.distribution",
        "/app/licensing/distribution.xhtml");
    add(
        menu,
        licensing.contains(LicensingAction.MANAGE_DISTRIBUTION_POLICIES),
        "distribution-policy",
        "nav.distributionPolicy",
        "/app/admin/distribution-policy.xhtml");
    menu.add(new MenuItem("menu-account", "nav.account", "/app/account.xhtml"));
    return menu;
  }

  /** The API documentation link, outside the Faces menu. */
  public boolean isApiDocs() {
    return core.may(CoreAction.READ_API_DOCS);
  }

  private static void add(
      List<MenuItem> menu, boolean allowed, String id, String labelKey, String outcome) {
    if (allowed) {
      menu.add(new MenuItem("menu-" + id, labelKey, outcome));
    }
  }
}
