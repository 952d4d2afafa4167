package org.institute.web.core.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.institute.core.InvalidCommandException;
import org.institute.core.UserAdministration;

/** The signed-in user's own account: change the password. (The language is switched in the header.) */
@Named("account")
@RequestScoped
public class AccountBean {

  @Inject private UserAdministration users;

  private String currentPassword;
  private String newPassword;
  private String confirmation;

  public String changePassword() {
    if (newPassword == null || !newPassword.equals(confirmation)) {
      Messages.error("password:confirmation", "password.mismatch");
      return null;
    }
    try {
      users.changeOwnPassword(
          currentPassword == null ? new char[0] : currentPassword.toCharArray(),
          newPassword.toCharArray());
      Messages.info("account.passwordChanged");
    } catch (InvalidCommandException refused) {
      Messages.show("password", refused);
    }
    return null;
  }

  public String getCurrentPassword() { return currentPassword; }
  public void setCurrentPassword(String v) { this.currentPassword = v; }
  public String getNewPassword() { return newPassword; }
  public void setNewPassword(String v) { this.newPassword = v; }
  public String getConfirmation() { return confirmation; }
  public void setConfirmation(String v) { this.confirmation = v; }
}
