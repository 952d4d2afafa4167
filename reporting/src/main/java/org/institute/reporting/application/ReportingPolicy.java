package org.institute.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.institute.core.Caller;
import org.institute.core.Role;
import org.institute.reporting.ReportingAction;

/**
 * Who may read the institute's reports: admins, Governing Council members and auditors, who read
 * every partner's records (the core scope of all). Admins also set KPI targets. The one home of
 * these rules; pages and menus ask {@link #allowed()}.
 */
@ApplicationScoped
class ReportingPolicy {

  private final Caller caller;

  @Inject
  ReportingPolicy(Caller caller) {
    this.caller = caller;
  }

  /** For the container's proxy only. */
  protected ReportingPolicy() {
    this.caller = null;
  }

  java.util.Set<ReportingAction> allowed() {
    java.util.EnumSet<ReportingAction> allowed = java.util.EnumSet.noneOf(ReportingAction.class);
    if (readsReports(caller)) {
      allowed.add(ReportingAction.READ_KPIS);
      allowed.add(ReportingAction.GENERATE_ANNUAL_REPORT);
    }
    if (caller.hasRole(Role.ADMIN)) {
      allowed.add(ReportingAction.SET_KPI_TARGET);
    }
    return allowed;
  }

  void requireReader(String what) {
    caller.requireAnyRole(what, Role.ADMIN, Role.COUNCIL, Role.AUDITOR);
  }

  /** Reports show every partner's records: only callers whose core scope is all read them. */
  static boolean readsReports(Caller caller) {
    return caller.hasRole(Role.ADMIN)
        || caller.hasRole(Role.COUNCIL)
        || caller.hasRole(Role.AUDITOR);
  }
}
