package org.institute.web.core.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.institute.core.AccountView;
import org.institute.core.Accounts;
import org.institute.core.Caller;
import org.institute.core.InvalidCommandException;
import org.institute.core.SecondFactor;
import org.institute.core.UserAdministration;
import org.institute.web.platform.faces.Messages;

/**
 * The signed-in user's own account: change the password, set up or remove two-step sign-in. (The
 * language is switched in the header.)
 */
@Named("account")
@RequestScoped
public class AccountBean {
  private static final String ACCOUNT = "/app/account.xhtml";

  @Inject private UserAdministration users;
  @Inject private SecondFactor secondFactor;
  @Inject private Accounts accounts;
  @Inject private Caller caller;

  private String currentPassword;
  private String newPassword;
  private String confirmation;
  private String code;
  private Optional<SecondFactor.Enrolment> pending;

  public String changePassword() {
    if (newPassword == null || !newPassword.equals(confirmation)) {
      Messages.error("password:confirmation", "password.mismatch");
      return null;
    }
    try {
      users.changeOwnPassword(
          currentPassword == null ? new char[0] : currentPassword.toCharArray(),
          newPassword.toCharArray());
      return Messages.reloadAfter("account.passwordChanged");
    } catch (InvalidCommandException refused) {
      Messages.show("password", refused);
    }
    return null;
  }

  public String beginMfa() {
    try {
      secondFactor.begin();
      // the page shows the pending enrolment it reads again; a reload does not begin another
      return ACCOUNT + "?faces-redirect=true";
    } catch (InvalidCommandException refused) {
      Messages.show("mfa", refused);
    }
    return null;
  }

  public String confirmMfa() {
    try {
      secondFactor.confirm(code);
      return Messages.reloadAfter("mfa.enabled");
    } catch (InvalidCommandException refused) {
      Messages.show("mfaConfirm", refused);
    }
    code = null;
    return null;
  }

  public String disableMfa() {
    try {
      secondFactor.disable(code);
      return Messages.reloadAfter("mfa.disabled");
    } catch (InvalidCommandException refused) {
      Messages.show("mfaDisable", refused);
    }
    code = null;
    return null;
  }

  /** Read fresh, not from the shell, so that the page shows a change made in this request. */
  public boolean isMfaEnabled() {
    return accounts.find(caller.name()).map(AccountView::mfa).orElse(false);
  }

  public SecondFactor.Enrolment getPending() {
    if (pending == null) {
      pending = secondFactor.pending();
    }
    return pending.orElse(null);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String v) {
    this.code = v;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String v) {
    this.currentPassword = v;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String v) {
    this.newPassword = v;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String v) {
    this.confirmation = v;
  }
}
