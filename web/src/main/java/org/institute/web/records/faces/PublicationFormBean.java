package org.institute.web.records.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.records.NewPublication;
import org.institute.records.ProjectQuery;
import org.institute.records.ProjectView;
import org.institute.records.PublicationDraft;
import org.institute.records.PublicationLookup;
import org.institute.records.PublicationTitles;
import org.institute.records.PublicationView;
import org.institute.records.RecordsAccess;
import org.institute.records.RecordsAction;
import org.institute.records.ResearchRecords;
import org.institute.web.platform.faces.Messages;

/**
 * The publication form (issue 21): a publication typed in or corrected by an admin, and "Add by
 * DOI", which asks the records module's lookup (the service of {@code GET
 * /api/v1/publications/lookup}) and fills the form in for the admin to check and save. The module
 * decides every rule (DOI form and uniqueness, titles and their language); the form shows its
 * refusals beside the fields and keeps what was typed.
 */
@Named("publicationForm")
@ViewScoped
public class PublicationFormBean implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String FORM = "publicationForm";

  @Inject private ResearchRecords records;
  @Inject private PublicationLookup lookup;
  @Inject private RecordsAccess access;

  private Long id;
  private PublicationView view;
  private boolean allowed;
  private boolean lookupAvailable;
  private String doi;
  private String title;
  private String titleLanguage = "en";
  private String titleZh;
  private String journal;
  private Integer year;
  private String authors;
  private Long project;
  private PublicationView existing;
  private transient List<ProjectView> projectChoices;

  /** Reads the address: the publication to correct ({@code id}) or the project of a new one. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    allowed = access.may(RecordsAction.MANAGE_RECORDS);
    if (!allowed) {
      return;
    }
    lookupAvailable = lookup.available();
    if (id == null) {
      return;
    }
    view = records.publication(id).orElse(null);
    if (view != null) {
      PublicationTitles titles = PublicationTitles.of(view);
      title = titles.title();
      titleLanguage = titles.titleLanguage();
      titleZh = titles.titleZh();
      doi = view.doi();
      journal = view.journal();
      year = view.year();
      authors = view.authors();
      project = view.projectId();
    }
  }

  /**
   * Add by DOI: the registry's description of the DOI fills the form in (what it does not say, the
   * form keeps); an unknown DOI, a failing or missing service, or a DOI recorded already is said
   * beside the DOI field, and nothing typed is lost.
   */
  public String lookUp() {
    existing = null;
    Optional<PublicationDraft> found;
    try {
      found = lookup.lookUp(doi);
    } catch (InvalidCommandException refused) {
      Messages.show(FORM, refused);
      return null;
    } catch (AccessRefusedException refused) {
      Messages.error(null, "command.refused");
      return null;
    }
    if (found.isEmpty()) {
      Messages.error(FORM + ":doi", "publication.lookup.unknown");
      return null;
    }
    PublicationDraft draft = found.get();
    if (draft.recorded() && (view == null || !draft.doi().equals(view.doi()))) {
      existing = records.publicationByDoi(draft.doi()).orElse(null);
      Messages.error(FORM + ":doi", "publication.doi.taken");
      return null;
    }
    doi = draft.doi();
    PublicationTitles titles = PublicationTitles.of(draft);
    if (titles.title() != null) {
      title = titles.title();
      titleLanguage = titles.titleLanguage();
    }
    if (titles.titleZh() != null) {
      titleZh = titles.titleZh();
    }
    journal = draft.journal() == null ? journal : draft.journal();
    year = draft.year() == null ? year : draft.year();
    authors = draft.authors() == null ? authors : draft.authors();
    Messages.info("publication.lookup.filled");
    return null;
  }

  /** Records the new publication or the correction, then shows it (Post/Redirect/Get). */
  public String save() {
    existing = null;
    NewPublication command =
        new NewPublication(title, journal, year, doi, authors, project, titleZh, titleLanguage);
    try {
      PublicationView saved =
          view == null
              ? records.recordPublication(command)
              : records.changePublication(view.id(), command);
      Messages.infoAfterRedirect("publication.saved", saved.doi());
      return "/app/records/publication.xhtml?faces-redirect=true&id=" + saved.id();
    } catch (InvalidCommandException refused) {
      if (refused.violations().stream()
          .anyMatch(v -> "publication.doi.taken".equals(v.messageKey()))) {
        existing = records.publicationByDoi(doi).orElse(null);
      }
      Messages.show(FORM, refused);
      return null;
    } catch (ConflictException conflict) {
      Messages.error(null, conflict.messageKey());
      return null;
    } catch (AccessRefusedException refused) {
      Messages.error(null, "publication.notAllowed");
      return null;
    } catch (RecordNotFoundException gone) {
      Messages.error(null, "publication.notFound");
      return null;
    }
  }

  public List<ProjectView> getProjects() {
    if (projectChoices == null) {
      projectChoices = records.projects(ProjectQuery.all(), 0, 500).projects();
    }
    return projectChoices;
  }

  public boolean isAllowed() {
    return allowed;
  }

  public boolean isLookupAvailable() {
    return lookupAvailable;
  }

  public PublicationView getView() {
    return view;
  }

  /** The publication that has the DOI already, for the link beside the DOI field. */
  public PublicationView getExisting() {
    return existing;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getDoi() {
    return doi;
  }

  public void setDoi(String doi) {
    this.doi = doi;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getTitleLanguage() {
    return titleLanguage;
  }

  public void setTitleLanguage(String titleLanguage) {
    this.titleLanguage = titleLanguage;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public void setTitleZh(String titleZh) {
    this.titleZh = titleZh;
  }

  public String getJournal() {
    return journal;
  }

  public void setJournal(String journal) {
    this.journal = journal;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getAuthors() {
    return authors;
  }

  public void setAuthors(String authors) {
    this.authors = authors;
  }

  public Long getProject() {
    return project;
  }

  public void setProject(Long project) {
    this.project = project;
  }
}
