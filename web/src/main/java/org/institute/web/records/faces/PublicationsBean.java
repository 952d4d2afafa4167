package org.institute.web.records.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.institute.core.AccessRefusedException;
import org.institute.core.InvalidCommandException;
import org.institute.records.ProjectQuery;
import org.institute.records.ProjectView;
import org.institute.records.PublicationPage;
import org.institute.records.PublicationQuery;
import org.institute.records.PublicationTitles;
import org.institute.records.PublicationView;
import org.institute.records.RecordsAccess;
import org.institute.records.RecordsAction;
import org.institute.records.ResearchRecords;
import org.institute.web.platform.faces.ListAddress;
import org.institute.web.platform.faces.Messages;

/**
 * The publications pages: the list (newest first, filtered by project and year, paged in the
 * address, decision 0085) and one publication with its titles in the reader's language.
 */
@Named("publications")
@ViewScoped
public class PublicationsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  static final int ROWS = 50;
  private static final String LIST = "/app/records/publications.xhtml";

  @Inject private ResearchRecords records;
  @Inject private RecordsAccess access;

  private Long id;
  private PublicationView view;
  private Long project;
  private Integer year;
  private String page;
  private PublicationPage list;
  private boolean refused;
  private boolean yearInvalid;
  private transient List<ProjectView> projectChoices;

  /** Loads the publication the address names. */
  public void load() {
    if (id == null) {
      return;
    }
    try {
      view = records.publication(id).orElse(null);
    } catch (AccessRefusedException e) {
      refused = true;
    }
  }

  /** The page of publications the address asks for. */
  public PublicationPage getList() {
    if (list == null) {
      try {
        list =
            records.publications(
                new PublicationQuery(project, year, null), (pageNumber() - 1) * ROWS, ROWS);
      } catch (AccessRefusedException e) {
        refused = true;
        list = new PublicationPage(List.of(), 0);
      } catch (InvalidCommandException e) {
        yearInvalid = true;
        list = new PublicationPage(List.of(), 0);
      }
    }
    return list;
  }

  /**
   * The filters into the address (Post/Redirect/Get), so that the list can be reloaded and shared.
   */
  public String search() {
    String href = address().href();
    return href + (href.contains("?") ? "&" : "?") + "faces-redirect=true";
  }

  private ListAddress address() {
    return ListAddress.of(LIST)
        .with("project", project == null ? null : project.toString())
        .with("year", year == null ? null : year.toString());
  }

  public int pageNumber() {
    return ListAddress.pageNumber(page);
  }

  public int getPages() {
    return ListAddress.pages(getList().total(), ROWS);
  }

  /** The address of another page of the same list, with the context path. */
  public String pageHref(int number) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + address().page(number).href();
  }

  /** The project's title in the reader's language, for the list's column and the page. */
  public String projectTitle(long projectId, String language) {
    return getProjects().stream()
        .filter(p -> p.id() == projectId)
        .map(p -> p.title(language))
        .findFirst()
        .orElse("#" + projectId);
  }

  /** The language of {@link #projectTitle}'s text, for its {@code lang}. */
  public String projectTitleLanguage(long projectId, String language) {
    return getProjects().stream()
            .filter(p -> p.id() == projectId)
            .anyMatch(p -> !p.title(language).equals(p.titleEn()))
        ? "zh"
        : "en";
  }

  public List<ProjectView> getProjects() {
    if (projectChoices == null) {
      try {
        projectChoices = records.projects(ProjectQuery.all(), 0, 500).projects();
      } catch (AccessRefusedException e) {
        projectChoices = List.of();
      }
    }
    return projectChoices;
  }

  public boolean isAdmin() {
    return access.may(RecordsAction.MANAGE_RECORDS);
  }

  public boolean isRefused() {
    return refused || !access.may(RecordsAction.READ_PROJECTS);
  }

  public boolean isYearInvalid() {
    getList();
    return yearInvalid;
  }

  /** The publication's titles in the two fields the form shows them in. */
  public PublicationTitles getTitles() {
    return view == null ? null : PublicationTitles.of(view);
  }

  public String getCountText() {
    return Messages.text("publications.count", getList().total());
  }

  public PublicationView getView() {
    return view;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getProject() {
    return project;
  }

  public void setProject(Long project) {
    this.project = project;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
