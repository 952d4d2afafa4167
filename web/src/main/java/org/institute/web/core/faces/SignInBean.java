package org.institute.web.core.faces;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.institute.core.Accounts;
import org.institute.web.platform.faces.Messages;
import org.institute.web.platform.security.InstituteAuthenticationMechanism;
import org.institute.web.platform.security.OneTimeCodeCredential;
import org.institute.web.platform.security.PendingSecondStep;

/** The sign-in form, and signing out. */
@Named("signIn")
@RequestScoped
public class SignInBean {

  static final String HOME = "/app/home.xhtml";

  @Inject private SecurityContext security;
  @Inject private Accounts accounts;
  @Inject private LanguageBean language;

  private String username;
  private String password;
  private String code;
  private String next;
  private String notice;

  /** Runs before the login page renders: a signed-in user goes straight home. */
  public void onLoad() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (security.getCallerPrincipal() != null && !faces.isPostback()) {
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + HOME);
      return;
    }
    if ("out".equals(notice)) {
      Messages.info("login.signedOut");
    } else if ("expired".equals(notice)) {
      Messages.info("login.expired");
    } else if ("passwordSet".equals(notice)) {
      Messages.info("login.passwordSet");
    }
  }

  public String submit() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username.trim(),
                        new Password(password == null ? "" : password))));
    password = null;
    return after(status, faces, external);
  }

  /** The second step: the code of the authenticator app, for the sign-in the session holds. */
  public String submitCode() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(new OneTimeCodeCredential(code == null ? "" : code)));
    code = null;
    if (status != AuthenticationStatus.SUCCESS && !isCodeStep()) {
      // expired or locked meanwhile: the first step again, with the usual refusal
      Messages.error(null, "login.failed");
      return null;
    }
    return after(status, faces, external);
  }

  /** Leaves the code step for the first one. */
  public String restart() {
    HttpSession session =
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
            .getSession(false);
    if (session != null) {
      session.removeAttribute(PendingSecondStep.SESSION_KEY);
    }
    return "/login.xhtml?faces-redirect=true";
  }

  /** True while the session holds a sign-in whose password was right and whose code is awaited. */
  public boolean isCodeStep() {
    HttpSession session =
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
            .getSession(false);
    return session != null && session.getAttribute(PendingSecondStep.SESSION_KEY) != null;
  }

  private String after(AuthenticationStatus status, FacesContext faces, ExternalContext external)
      throws IOException {
    switch (status) {
      case SUCCESS -> {
        accounts
            .find(security.getCallerPrincipal().getName())
            .ifPresent(a -> language.adopt(a.language()));
        external.redirect(external.getRequestContextPath() + safeNext());
        faces.responseComplete();
        return null;
      }
      case SEND_CONTINUE -> {
        faces.responseComplete();
        return null;
      }
      default -> {
        Object retryAfter =
            external.getRequestMap().get(InstituteAuthenticationMechanism.THROTTLED);
        Object codeNeeded =
            external.getRequestMap().get(InstituteAuthenticationMechanism.CODE_NEEDED);
        if (retryAfter instanceof Long seconds) {
          HttpServletResponse response = (HttpServletResponse) external.getResponse();
          response.setStatus(429);
          response.setHeader("Retry-After", Long.toString(seconds));
          Messages.error(null, "login.throttled", (seconds + 59) / 60);
        } else if (Boolean.TRUE.equals(codeNeeded)) {
          Messages.error(null, "login.code.wrong");
        } else if (Boolean.FALSE.equals(codeNeeded)) {
          Messages.info("login.code.needed");
        } else {
          Messages.error(null, "login.failed");
        }
        return null;
      }
    }
  }

  public void signOut() throws IOException, ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(external.getRequestContextPath() + "/login.xhtml?notice=out");
    faces.responseComplete();
  }

  /** Only a path inside this application, so the parameter cannot send users elsewhere. */
  private String safeNext() {
    if (next != null
        && next.startsWith("/")
        && !next.startsWith("//")
        && !next.contains("\\")
        && !next.startsWith("/login.xhtml")) {
      return next;
    }
    return HOME;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getNotice() {
    return notice;
  }

  public void setNotice(String notice) {
    this.notice = notice;
  }
}
