package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.institute.core.Accounts;
import org.institute.core.AuditTrail;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.licensing.ApproverRoleView;
import org.institute.licensing.ApproverRoles;
import org.institute.licensing.NewApproverRole;
import org.institute.licensing.domain.Actor;
import org.institute.licensing.domain.ApproverRole;
import org.institute.licensing.domain.ApproverRoleRepository;

/**
 * Named approver roles (decision 0108): admins define them and give them to enabled admins; the
 * approval policy asks {@link #enabledHolders} when a version is saved and a deal submitted.
 */
@ApplicationScoped
@Transactional
class ApproverRoleService implements ApproverRoles {

  private static final Logger LOG = Logger.getLogger(ApproverRoleService.class.getName());

  @Inject private ApproverRoleRepository roles;
  @Inject private Accounts accounts;
  @Inject private AuditTrail audit;
  @Inject private LicensingPolicy policy;
  @Inject private Clock clock;

  @Override
  public List<ApproverRoleView> roles() {
    policy.requireManageApproverRoles();
    return roles.all().stream().map(ApproverRoleService::view).toList();
  }

  @Override
  public ApproverRoleView create(NewApproverRole draft) {
    Actor actor = policy.requireManageApproverRoles();
    boolean taken = draft.code() != null && roles.byCode(draft.code().strip()).isPresent();
    ApproverRole role = ApproverRole.define(draft, taken, actor.username(), clock.instant());
    try {
      roles.add(role);
    } catch (PersistenceException raced) {
      LOG.log(Level.FINE, "approver role defined in parallel", raced);
      throw InvalidCommandException.of("code", "licensing.approverRole.code.taken");
    }
    audit.record(
        "APPROVER_ROLE_CREATED",
        "ApproverRole",
        role.code(),
        role.code() + ": " + role.name() + " / " + role.nameZh());
    return view(role);
  }

  @Override
  public ApproverRoleView assign(String code, String username) {
    policy.requireManageApproverRoles();
    ApproverRole role = find(code);
    String who = username == null ? "" : username.strip();
    if (who.isEmpty()) {
      throw InvalidCommandException.of("username", "field.required");
    }
    if (!enabledAdmin(who)) {
      throw InvalidCommandException.of("username", "licensing.approverRole.holder.notAdmin");
    }
    if (role.assignTo(who)) {
      audit.record(
          "APPROVER_ROLE_ASSIGNED", "ApproverRole", role.code(), role.code() + " given to " + who);
    }
    return view(role);
  }

  @Override
  public ApproverRoleView unassign(String code, String username) {
    policy.requireManageApproverRoles();
    ApproverRole role = find(code);
    if (username != null && role.takeFrom(username.strip())) {
      audit.record(
          "APPROVER_ROLE_UNASSIGNED",
          "ApproverRole",
          role.code(),
          role.code() + " taken from " + username.strip());
    }
    return view(role);
  }

  /**
   * Every role's code with its holders who are enabled admins now: the approvers a named role can
   * count on.
   */
  Map<String, Set<String>> enabledHolders() {
    Map<String, Set<String>> holders = new LinkedHashMap<>();
    for (ApproverRole role : roles.all()) {
      Set<String> enabled = new HashSet<>();
      role.holders().stream().filter(this::enabledAdmin).forEach(enabled::add);
      holders.put(role.code(), enabled);
    }
    return holders;
  }

  /** Who may hold a named role: an enabled admin's account (decision 0108). */
  private boolean enabledAdmin(String username) {
    return accounts
        .find(username)
        .map(a -> a.enabled() && a.roles().contains(Role.ADMIN))
        .orElse(false);
  }

  /** Every role by code, for naming a deal's needs. */
  Map<String, ApproverRole> byCode() {
    Map<String, ApproverRole> all = new LinkedHashMap<>();
    roles.all().forEach(r -> all.put(r.code(), r));
    return all;
  }

  private ApproverRole find(String code) {
    return roles
        .byCode(code == null ? "" : code.strip())
        .orElseThrow(() -> new RecordNotFoundException("approver role " + code));
  }

  private static ApproverRoleView view(ApproverRole role) {
    return new ApproverRoleView(
        role.code(),
        role.name(),
        role.nameZh(),
        role.holders(),
        role.createdBy(),
        role.createdAt());
  }
}
