package org.institute.web.records.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.institute.core.InvalidCommandException;
import org.institute.records.BibliographyFormat;
import org.institute.records.ImportReport;
import org.institute.records.ProjectQuery;
import org.institute.records.ProjectView;
import org.institute.records.PublicationImport;
import org.institute.records.PublicationImports;
import org.institute.records.RecordsAccess;
import org.institute.records.RecordsAction;
import org.institute.records.ResearchRecords;
import org.institute.web.platform.faces.FileImportBean;
import org.institute.web.platform.faces.KeptFiles;
import org.institute.web.platform.faces.Messages;

/**
 * Importing publications into a research project from a BibTeX, RIS or CSL-JSON file (decision
 * 0089); the kept file, the dry run, the confirmed import and its redirect are {@link
 * FileImportBean}'s.
 */
@Named("recPublicationImport")
@ViewScoped
public class PublicationImportBean extends FileImportBean<ImportReport, BibliographyFormat> {
  private static final long serialVersionUID = 1L;

  static final String FORM = "publicationImport";

  @Inject private PublicationImports imports;
  @Inject private ResearchRecords records;
  @Inject private RecordsAccess access;

  private Long project;
  private transient List<ProjectView> projectChoices;

  public PublicationImportBean() {
    super(FORM, ImportReport.class, BibliographyFormat.class, "pub.import.notAllowed");
  }

  @Override
  protected boolean mayImport() {
    return access.may(RecordsAction.MANAGE_RECORDS);
  }

  /** The format the file's name shows. */
  @Override
  protected BibliographyFormat formatOf(KeptFiles.Kept upload) {
    return byName(upload.fileName());
  }

  @Override
  protected ImportReport importFile(
      KeptFiles.Kept upload, BibliographyFormat chosen, boolean dryRun) {
    return imports.importPublications(
        new PublicationImport(upload.fileName(), chosen, upload.content(), project, dryRun));
  }

  @Override
  protected String importRef(ImportReport report) {
    return report.importRef();
  }

  @Override
  protected void sayDone(ImportReport report) {
    Messages.infoAfterRedirect("pub.import.done", report.fileName(), report.created());
  }

  @Override
  protected String resultPage() {
    return "/app/records/publication-import.xhtml?faces-redirect=true&project=" + project;
  }

  /** The format by the file's extension (.bib, .ris, .json); refused naming the format if none. */
  static BibliographyFormat byName(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".bib") || name.endsWith(".bibtex")) {
      return BibliographyFormat.BIBTEX;
    }
    if (name.endsWith(".ris")) {
      return BibliographyFormat.RIS;
    }
    if (name.endsWith(".json")) {
      return BibliographyFormat.CSL_JSON;
    }
    throw InvalidCommandException.of("fileFormat", "pub.import.format.unknown");
  }

  public String getConfirmText() {
    ImportReport preview = getPreview();
    return preview == null
        ? ""
        : Messages.text(
            "pub.import.confirm", preview.fileName(), preview.created(), preview.refused());
  }

  public String counts(ImportReport report) {
    return Messages.text(
        "pub.import.counts", report.created(), report.unchanged(), report.refused());
  }

  public List<ProjectView> getProjects() {
    if (projectChoices == null) {
      projectChoices = records.projects(ProjectQuery.all(), 0, 500).projects();
    }
    return projectChoices;
  }

  public Long getProject() {
    return project;
  }

  public void setProject(Long project) {
    this.project = project;
  }
}
