package org.institute.web.partners.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.institute.core.InvalidCommandException;
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerRole;
import org.institute.partners.PartnerSummary;
import org.institute.web.platform.faces.Messages;

/** An admin registers a partner. */
@Named("newPartner")
@ViewScoped
public class NewPartnerBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PartnerDirectory directory;

  private String code;
  private String nameEn;
  private String nameZh;
  private PartnerKind kind;
  private String country;
  private String city;
  private PartnerRole[] roles = new PartnerRole[0];

  public String register() {
    try {
      PartnerSummary created =
          directory.register(
              new NewPartner(
                  code == null ? null : code.trim().toUpperCase(Locale.ROOT),
                  nameEn,
                  nameZh,
                  kind,
                  country == null ? null : country.trim().toUpperCase(Locale.ROOT),
                  city,
                  roles == null ? Set.of() : Set.of(roles),
                  List.of()));
      Messages.infoAfterRedirect("partner.registered", created.code());
      return "/app/partner.xhtml?faces-redirect=true&id=" + created.id().value();
    } catch (InvalidCommandException refused) {
      Messages.show("newPartner", refused);
      return null;
    }
  }

  public List<PartnerKind> getKinds() {
    return Arrays.asList(PartnerKind.values());
  }

  public List<PartnerRole> getAllRoles() {
    return Arrays.asList(PartnerRole.values());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public PartnerKind getKind() {
    return kind;
  }

  public void setKind(PartnerKind kind) {
    this.kind = kind;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public PartnerRole[] getRoles() {
    return roles;
  }

  public void setRoles(PartnerRole[] roles) {
    this.roles = roles;
  }
}
