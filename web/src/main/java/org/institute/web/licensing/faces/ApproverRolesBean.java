package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.institute.licensing.ApproverRoleView;
import org.institute.licensing.ApproverRoles;
import org.institute.licensing.NewApproverRole;
import org.institute.web.platform.faces.Messages;

/**
 * The named approver roles on the approval policy page (decision 0108): every role with its
 * holders, the form of a new role, and giving a role to an admin or taking it back. The module
 * checks everything; refusals show beside the field they name with what was typed kept; each change
 * reloads the page (Post/Redirect/Get).
 */
@Named("approverRolesPage")
@ViewScoped
public class ApproverRolesBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String ROLE_FORM = "roleForm";
  static final String HOLDER_FORM = "holderForm";

  @Inject private ApproverRoles roles;

  private List<ApproverRoleView> all;
  private String code;
  private String name;
  private String nameZh;
  private String holderRole;
  private String username;

  public List<ApproverRoleView> getRoles() {
    if (all == null) {
      all = roles.roles();
    }
    return all;
  }

  /** Defines the role typed in; on success the page again, by a redirect. */
  public String create() {
    NewApproverRole role = new NewApproverRole(code, name, nameZh);
    if (Messages.attempt(ROLE_FORM, () -> roles.create(role))) {
      return Messages.reloadAfter("approverRoles.created", role.code().strip());
    }
    return null;
  }

  /** Gives the chosen role to the admin named; on success the page again, by a redirect. */
  public String assign() {
    if (holderRole == null || holderRole.isBlank()) {
      Messages.error(HOLDER_FORM + ":holderRole", "field.required");
      return null;
    }
    if (Messages.attempt(HOLDER_FORM, () -> roles.assign(holderRole, username))) {
      return Messages.reloadAfter("approverRoles.assigned", username.strip(), holderRole);
    }
    return null;
  }

  /** Takes the role from the holder; on success the page again, by a redirect. */
  public String unassign(String role, String holder) {
    if (Messages.attempt(HOLDER_FORM, () -> roles.unassign(role, holder))) {
      return Messages.reloadAfter("approverRoles.unassigned", holder, role);
    }
    return null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getHolderRole() {
    return holderRole;
  }

  public void setHolderRole(String holderRole) {
    this.holderRole = holderRole;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }
}
