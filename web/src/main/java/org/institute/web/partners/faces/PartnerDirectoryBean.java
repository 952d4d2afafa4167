package org.institute.web.partners.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerPage;
import org.institute.partners.PartnerQuery;
import org.institute.partners.PartnerRegistry;
import org.institute.partners.PartnerRole;
import org.institute.partners.PartnerSummary;
import org.institute.partners.PartnersAccess;
import org.institute.partners.PartnersAction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The partner directory: search by text, filter by kind, role and status, sort, page. */
@Named("partnerDirectory")
@ViewScoped
public class PartnerDirectoryBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PartnerRegistry registry;
  @Inject private PartnersAccess access;

  private String text;
  private PartnerKind kind;
  private PartnerRole role;
  private Boolean active = Boolean.TRUE;

  private final LazyDataModel<PartnerSummary> partners =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) registry.search(query(null), 0, 1).total();
        }

        @Override
        public List<PartnerSummary> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          PartnerPage page = registry.search(query(sortBy), first, pageSize);
          setRowCount((int) page.total());
          return page.partners();
        }

        @Override
        public String getRowKey(PartnerSummary p) {
          return p.id().toString();
        }
      };

  private PartnerQuery query(Map<String, SortMeta> sortBy) {
    String sort = null;
    if (sortBy != null && !sortBy.isEmpty()) {
      SortMeta meta = sortBy.values().iterator().next();
      if (PartnerQuery.SORTABLE.contains(meta.getField())) {
        sort = (meta.getOrder() == SortOrder.DESCENDING ? "-" : "") + meta.getField();
      }
    }
    String q = text == null || text.isBlank() ? null : text.trim();
    return new PartnerQuery(q == null || q.length() > 200 ? null : q, kind, role, active, sort);
  }

  public void search() {
    // the table reloads with the new filters on the next render
  }

  public void reset() {
    text = null;
    kind = null;
    role = null;
    active = Boolean.TRUE;
  }

  /** Whether the module lets the caller register partners. */
  public boolean isMayRegister() {
    return access.allowedActions().contains(PartnersAction.REGISTER_PARTNER);
  }

  public LazyDataModel<PartnerSummary> getPartners() {
    return partners;
  }

  public List<PartnerKind> getKinds() {
    return Arrays.asList(PartnerKind.values());
  }

  public List<PartnerRole> getRoles() {
    return Arrays.asList(PartnerRole.values());
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public PartnerKind getKind() {
    return kind;
  }

  public void setKind(PartnerKind kind) {
    this.kind = kind;
  }

  public PartnerRole getRole() {
    return role;
  }

  public void setRole(PartnerRole role) {
    this.role = role;
  }

  public Boolean getActive() {
    return active;
  }

  public void setActive(Boolean active) {
    this.active = active;
  }
}
