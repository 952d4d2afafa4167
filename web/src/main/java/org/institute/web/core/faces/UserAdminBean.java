package org.institute.web.core.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.AccountView;
import org.institute.core.Accounts;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.core.SecondFactor;
import org.institute.core.UserAdministration;
import org.institute.core.UserChanges;
import org.institute.core.UserDetails;
import org.institute.core.UserInvitation;
import org.institute.core.UserPage;
import org.institute.core.UserQuery;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.web.platform.faces.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * User administration for admins: the list with filters, the invitation form, and one user's page
 * with its changes (roles, partner, disable, unlock, reset link). Edits carry the version read.
 */
@Named("userAdmin")
@ViewScoped
public class UserAdminBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private UserAdministration users;
  @Inject private PartnerDirectory partners;
  @Inject private Clock clock;
  @Inject private SecondFactor secondFactor;
  @Inject private Accounts accounts;

  // list filters
  private String text;
  private Role role;
  private Long partnerFilter;
  private Boolean enabledFilter;

  // invitation / edit form
  private String id;
  private UserDetails user;
  private String username;
  private String displayName;
  private String email;
  private String language = "en";
  private Role[] roles = new Role[0];
  private Long partner;
  private boolean enabled = true;

  private final LazyDataModel<UserDetails> list =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) users.search(query(null), 0, 1).total();
        }

        @Override
        public List<UserDetails> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          UserPage page = users.search(query(sortBy), first, pageSize);
          setRowCount((int) page.total());
          return page.users();
        }

        @Override
        public String getRowKey(UserDetails u) {
          return Long.toString(u.id());
        }
      };

  private UserQuery query(Map<String, SortMeta> sortBy) {
    String sort = null;
    if (sortBy != null && !sortBy.isEmpty()) {
      SortMeta meta = sortBy.values().iterator().next();
      if (UserQuery.SORTABLE.contains(meta.getField())) {
        sort = (meta.getOrder() == SortOrder.DESCENDING ? "-" : "") + meta.getField();
      }
    }
    String q = text == null || text.isBlank() || text.length() > 200 ? null : text.trim();
    return new UserQuery(
        q, role, partnerFilter == null ? null : new PartnerId(partnerFilter), enabledFilter, sort);
  }

  public void search() {
    // the table reloads with the new filters on the next render
  }

  /** Loads the user named by the page's id parameter and fills the form from it. */
  public void load() {
    user = parse(id).flatMap(users::find).orElse(null);
    if (user != null) {
      fill(user);
    }
  }

  private void fill(UserDetails u) {
    displayName = u.displayName();
    email = u.email();
    roles = u.roles().stream().sorted().toArray(Role[]::new);
    partner = u.partner() == null ? null : u.partner().value();
    enabled = u.enabled();
  }

  public String invite() {
    try {
      UserDetails created =
          users.invite(
              new UserInvitation(
                  username == null ? null : username.trim(),
                  displayName,
                  email,
                  language,
                  roles == null ? EnumSet.noneOf(Role.class) : roleSet(roles),
                  partner == null ? null : new PartnerId(partner)));
      Messages.infoAfterRedirect("users.inviteSent", created.username(), created.email());
      return "/app/admin/user.xhtml?faces-redirect=true&id=" + created.id();
    } catch (InvalidCommandException refused) {
      Messages.show("invite", refused);
      return null;
    }
  }

  public String save() {
    return change(
        new UserChanges(
            user.version(),
            displayName,
            email,
            roleSet(roles),
            partner == null ? null : new PartnerId(partner),
            partner == null,
            enabled,
            false,
            false),
        "users.saved");
  }

  public String unlock() {
    return change(
        new UserChanges(user.version(), null, null, null, null, false, null, true, false),
        "users.unlocked");
  }

  public String sendReset() {
    return change(
        new UserChanges(user.version(), null, null, null, null, false, null, false, true),
        "users.resetSent");
  }

  /** A change of the user: on success this page again by a redirect, so a reload sends nothing. */
  private String change(UserChanges changes, String doneKey) {
    try {
      UserDetails changed = users.change(user.id(), changes);
      return Messages.reloadAfter(doneKey, changed.username());
    } catch (InvalidCommandException refused) {
      Messages.show("edit", refused);
    } catch (ConflictException stale) {
      Messages.error(null, stale.messageKey());
    } catch (RecordNotFoundException gone) {
      Messages.error(null, "users.notFound");
    }
    return null;
  }

  /** For a user who lost the authenticator: they sign in with the password and may enrol again. */
  public String resetMfa() {
    try {
      secondFactor.reset(user.id());
      return Messages.reloadAfter("users.mfaReset", user.username());
    } catch (RecordNotFoundException gone) {
      Messages.error(null, "users.notFound");
    }
    return null;
  }

  public boolean isMfa() {
    return user != null && accounts.find(user.username()).map(AccountView::mfa).orElse(false);
  }

  public boolean isLocked() {
    return user != null && user.lockedAt(clock.instant());
  }

  private static EnumSet<Role> roleSet(Role[] chosen) {
    return chosen == null || chosen.length == 0
        ? EnumSet.noneOf(Role.class)
        : EnumSet.copyOf(Arrays.asList(chosen));
  }

  private static Optional<Long> parse(String raw) {
    try {
      long value = Long.parseLong(raw == null ? "" : raw.trim());
      return value > 0 ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Partner codes for the rows, read once per view rather than once per row. */
  private Map<Long, String> codes;

  public String partnerCode(PartnerId id) {
    if (id == null) {
      return "";
    }
    if (codes == null) {
      codes = new java.util.HashMap<>();
      partners.all().forEach(p -> codes.put(p.id().value(), p.code()));
    }
    return codes.getOrDefault(id.value(), "?");
  }

  public List<PartnerSummary> getPartners() {
    return partners.all();
  }

  /** How many hours an invitation's link stays valid, as the core sets it. */
  public long getLinkValidityHours() {
    return UserAdministration.LINK_VALIDITY.toHours();
  }

  public List<Role> getAllRoles() {
    return Arrays.asList(Role.values());
  }

  public List<String> getLanguages() {
    return Accounts.LANGUAGES;
  }

  public LazyDataModel<UserDetails> getList() {
    return list;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public Long getPartnerFilter() {
    return partnerFilter;
  }

  public void setPartnerFilter(Long partnerFilter) {
    this.partnerFilter = partnerFilter;
  }

  public Boolean getEnabledFilter() {
    return enabledFilter;
  }

  public void setEnabledFilter(Boolean enabledFilter) {
    this.enabledFilter = enabledFilter;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public UserDetails getUser() {
    return user;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public Role[] getRoles() {
    return roles;
  }

  public void setRoles(Role[] roles) {
    this.roles = roles;
  }

  public Long getPartner() {
    return partner;
  }

  public void setPartner(Long partner) {
    this.partner = partner;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
