package org.institute.web.partners.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.UserAdministration;
import org.institute.core.UserDetails;
import org.institute.core.UserQuery;
import org.institute.partners.AgreementQuery;
import org.institute.partners.AgreementView;
import org.institute.partners.Agreements;
import org.institute.partners.ContactPoint;
import org.institute.partners.PartnerAction;
import org.institute.partners.PartnerChanges;
import org.institute.partners.PartnerDetails;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerRegistry;
import org.institute.partners.PartnerRole;
import org.institute.web.platform.faces.Messages;

/**
 * A partner's profile: details, contacts, name history, agreements and its people, as far as the
 * partners module allows the caller ({@link PartnerDetails#allowedActions()}). Those it allows edit
 * it here; a stale edit is refused, never merged.
 */
@Named("partnerProfile")
@ViewScoped
public class PartnerProfileBean implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "edit";

  @Inject private PartnerRegistry registry;
  @Inject private UserAdministration users;
  @Inject private Agreements agreements;

  private String id;
  private PartnerDetails partner;
  private List<UserDetails> staff;
  private List<AgreementView> partnerAgreements;

  /** The form: filled from the partner as read, with the version it had then. */
  private long version;

  private String nameEn;
  private String nameZh;
  private LocalDate renamedOn;
  private PartnerKind kind;
  private String country;
  private String city;
  private PartnerRole[] roles = new PartnerRole[0];
  private boolean active;
  private List<ContactRow> contacts = new ArrayList<>();

  /** One editable contact point. */
  public static class ContactRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String function;
    private String email;
    private String phone;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getFunction() {
      return function;
    }

    public void setFunction(String function) {
      this.function = function;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }
  }

  public void load() {
    Optional<PartnerId> partnerId = parse(id);
    partner = partnerId.flatMap(registry::details).orElse(null);
    if (partner == null) {
      return;
    }
    fillForm();
    PartnerId pid = partner.partner().id();
    if (seesStaff()) {
      staff = users.search(new UserQuery(null, null, pid, null, "displayName"), 0, 200).users();
    }
    partnerAgreements =
        agreements.search(new AgreementQuery(null, pid, null, null), 0, 50).agreements();
  }

  private void fillForm() {
    var p = partner.partner();
    version = partner.version();
    nameEn = p.nameEn();
    nameZh = p.nameZh();
    renamedOn = null;
    kind = p.kind();
    country = p.country();
    city = p.city();
    roles = p.roles().stream().sorted().toArray(PartnerRole[]::new);
    active = p.active();
    contacts = new ArrayList<>();
    for (ContactPoint c : partner.contacts()) {
      ContactRow row = new ContactRow();
      row.name = c.name();
      row.function = c.function();
      row.email = c.email();
      row.phone = c.phone();
      contacts.add(row);
    }
  }

  public void addContact() {
    contacts.add(new ContactRow());
  }

  public void removeContact(ContactRow row) {
    contacts.remove(row);
  }

  public String save() {
    List<ContactPoint> points =
        contacts.stream()
            .filter(r -> !(blank(r.name) && blank(r.function) && blank(r.email) && blank(r.phone)))
            .map(
                r ->
                    new ContactPoint(
                        r.name, r.function, blank(r.email) ? null : r.email.trim(), r.phone))
            .toList();
    try {
      registry.change(
          partner.partner().id(),
          new PartnerChanges(
              version,
              nameEn,
              nameZh == null ? "" : nameZh,
              renamedOn,
              kind,
              country == null ? null : country.trim().toUpperCase(java.util.Locale.ROOT),
              city,
              roles == null || roles.length == 0
                  ? EnumSet.noneOf(PartnerRole.class)
                  : EnumSet.copyOf(Arrays.asList(roles)),
              points,
              active));
      return Messages.reloadAfter("partner.saved");
    } catch (InvalidCommandException refused) {
      Messages.show(FORM, refused);
    } catch (ConflictException stale) {
      Messages.error(null, stale.messageKey());
    }
    return null;
  }

  /** Drops the form and shows the partner as it is now, after a conflict. */
  public String reload() {
    return "/app/partner.xhtml?faces-redirect=true&id=" + partner.partner().id().value();
  }

  /** Whether the module lets the caller see the partner's people. */
  public boolean seesStaff() {
    return partner != null && partner.allows(PartnerAction.SEE_STAFF);
  }

  /** Whether the module lets the caller edit the partner. */
  public boolean isEditable() {
    return partner != null && partner.allows(PartnerAction.EDIT);
  }

  private static Optional<PartnerId> parse(String raw) {
    try {
      long value = Long.parseLong(raw == null ? "" : raw.trim());
      return value > 0 ? Optional.of(new PartnerId(value)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public List<PartnerKind> getKinds() {
    return Arrays.asList(PartnerKind.values());
  }

  public List<PartnerRole> getAllRoles() {
    return Arrays.asList(PartnerRole.values());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public PartnerDetails getPartner() {
    return partner;
  }

  public List<UserDetails> getStaff() {
    return staff;
  }

  public List<AgreementView> getAgreements() {
    return partnerAgreements;
  }

  public long getVersion() {
    return version;
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

  public LocalDate getRenamedOn() {
    return renamedOn;
  }

  public void setRenamedOn(LocalDate renamedOn) {
    this.renamedOn = renamedOn;
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

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public List<ContactRow> getContacts() {
    return contacts;
  }
}
