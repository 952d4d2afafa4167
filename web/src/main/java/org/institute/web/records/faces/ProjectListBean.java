package org.institute.web.records.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.institute.core.AccessRefusedException;
import org.institute.core.PartnerId;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.records.CentreView;
import org.institute.records.ProjectPage;
import org.institute.records.ProjectQuery;
import org.institute.records.ProjectStatus;
import org.institute.records.ProjectView;
import org.institute.records.RecordsAccess;
import org.institute.records.RecordsAction;
import org.institute.records.ResearchRecords;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Research projects the caller may see: filter by centre, status and start year; sort; page. */
@Named("projectList")
@ViewScoped
public class ProjectListBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ResearchRecords records;
  @Inject private PartnerDirectory partners;
  @Inject private RecordsAccess access;
  @Inject private org.institute.web.records.RecordTables tables;

  private Long centre;
  private ProjectStatus status;
  private Integer year;
  private boolean refused;
  private transient Map<PartnerId, String> partnerCodes;

  private final LazyDataModel<ProjectView> projects =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) page(null, 0, 1).total();
        }

        @Override
        public List<ProjectView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          ProjectPage page = page(sortBy, first, pageSize);
          setRowCount((int) page.total());
          return page.projects();
        }

        @Override
        public String getRowKey(ProjectView p) {
          return Long.toString(p.id());
        }
      };

  private ProjectPage page(Map<String, SortMeta> sortBy, int first, int max) {
    String sort = null;
    if (sortBy != null && !sortBy.isEmpty()) {
      SortMeta meta = sortBy.values().iterator().next();
      if (ProjectQuery.SORTABLE.contains(meta.getField())) {
        sort = (meta.getOrder() == SortOrder.DESCENDING ? "-" : "") + meta.getField();
      }
    }
    Integer y = year == null || year < 1990 || year > 2200 ? null : year;
    try {
      return records.projects(new ProjectQuery(centre, status, y, sort), first, max);
    } catch (AccessRefusedException e) {
      refused = true;
      return new ProjectPage(List.of(), 0);
    }
  }

  /** The projects the filters select, every page, as CSV or XLSX. */
  public org.primefaces.model.StreamedContent export(String format) {
    Integer y = year == null || year < 1990 || year > 2200 ? null : year;
    return org.institute.web.platform.export.TableDownload.of(
        tables.projects(new ProjectQuery(centre, status, y, null)), format);
  }

  public void search() {
    // the table reloads with the new filters on the next render
  }

  public void reset() {
    centre = null;
    status = null;
    year = null;
  }

  public String partnerCodes(ProjectView p) {
    if (partnerCodes == null) {
      partnerCodes =
          partners.all().stream()
              .collect(Collectors.toMap(PartnerSummary::id, PartnerSummary::code));
    }
    return p.partners().stream()
        .map(id -> partnerCodes.getOrDefault(id, id.toString()))
        .sorted()
        .collect(Collectors.joining(", "));
  }

  public boolean isAdmin() {
    return access.may(RecordsAction.MANAGE_RECORDS);
  }

  public boolean isRefused() {
    if (!refused) {
      page(null, 0, 1);
    }
    return refused;
  }

  public List<CentreView> getCentres() {
    return records.centres();
  }

  public List<ProjectStatus> getStatuses() {
    return Arrays.asList(ProjectStatus.values());
  }

  public LazyDataModel<ProjectView> getProjects() {
    return projects;
  }

  public Long getCentre() {
    return centre;
  }

  public void setCentre(Long centre) {
    this.centre = centre;
  }

  public ProjectStatus getStatus() {
    return status;
  }

  public void setStatus(ProjectStatus status) {
    this.status = status;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
