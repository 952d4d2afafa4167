package org.institute.web.core.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.institute.core.AccessTokens;
import org.institute.core.ApiScope;
import org.institute.core.CoreAccess;
import org.institute.core.CoreAction;
import org.institute.web.platform.faces.Messages;

/**
 * A user's personal access tokens, and every user's for admins (decision 0096). The secret is shown
 * once, in the message after the redirect that follows the creation.
 */
@Named("tokensPage")
@ViewScoped
public class TokensBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AccessTokens tokens;
  @Inject private CoreAccess core;

  private String name;
  private List<String> scopes = new ArrayList<>();
  private LocalDate expiresOn = LocalDate.now(ZoneOffset.UTC).plusDays(90);
  private Integer ratePerMinute;
  private List<AccessTokens.AccessTokenView> mine;
  private List<AccessTokens.AccessTokenView> everyone;
  private List<ApiScope> offered;

  public List<AccessTokens.AccessTokenView> getMine() {
    if (mine == null) {
      mine = tokens.mine();
    }
    return mine;
  }

  /** Whether the caller sees and revokes every user's tokens: the core policy's answer. */
  public boolean isAdministered() {
    return core.allowedActions().contains(CoreAction.MANAGE_ACCESS_TOKENS);
  }

  public List<AccessTokens.AccessTokenView> getEveryone() {
    if (everyone == null) {
      everyone = isAdministered() ? tokens.all(null) : List.of();
    }
    return everyone;
  }

  /** The scopes the core offers this user (administration's only to those who administer). */
  public List<ApiScope> getAllScopes() {
    if (offered == null) {
      offered = tokens.offeredScopes();
    }
    return offered;
  }

  public int getMaxDays() {
    return AccessTokens.MAX_DAYS;
  }

  /** Creates the token and loads the page again, with its secret in the message. */
  public String create() {
    Set<ApiScope> chosen = EnumSet.noneOf(ApiScope.class);
    scopes.forEach(s -> ApiScope.parse(s).ifPresent(chosen::add));
    AccessTokens.Created[] created = new AccessTokens.Created[1];
    if (Messages.attempt(
        "create",
        () ->
            created[0] =
                tokens.create(
                    new AccessTokens.NewAccessToken(name, chosen, expiresOn, ratePerMinute)))) {
      return Messages.reloadAfter(
          "accessToken.created", created[0].token().name(), created[0].secret());
    }
    return null;
  }

  public String revoke(long id) {
    if (Messages.attempt("tokens", () -> tokens.revoke(id))) {
      return Messages.reloadAfter("accessToken.revoked");
    }
    return null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public Integer getRatePerMinute() {
    return ratePerMinute;
  }

  public void setRatePerMinute(Integer ratePerMinute) {
    this.ratePerMinute = ratePerMinute;
  }
}
