package org.institute.web.core.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.institute.core.InvalidCommandException;
import org.institute.core.UserAdministration;
import org.institute.web.platform.faces.Messages;

/** The public page behind an e-mailed invitation or reset link: choose a password, then sign in. */
@Named("setPassword")
@RequestScoped
public class SetPasswordBean {

  @Inject private UserAdministration users;

  private String token;
  private String password;
  private String confirmation;

  public String submit() {
    if (password == null || !password.equals(confirmation)) {
      Messages.error("setPassword:confirmation", "password.mismatch");
      return null;
    }
    try {
      users.setPasswordWithToken(token, password.toCharArray());
      return "/login.xhtml?faces-redirect=true&notice=passwordSet";
    } catch (InvalidCommandException refused) {
      Messages.show("setPassword", refused);
      return null;
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
