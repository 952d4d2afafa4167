package org.institute.web.records.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.institute.core.AccessRefusedException;
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
import org.institute.web.platform.faces.KeptFiles;
import org.institute.web.platform.faces.KeptUploads;
import org.institute.web.platform.faces.Messages;
import org.institute.web.platform.faces.RecentResults;

/**
 * Importing publications into a research project from a BibTeX, RIS or CSL-JSON file (decision
 * 0089): the file is chosen once and kept across refusals, a dry run shows the plan entry by entry,
 * the import is confirmed and then shown after its redirect ({@code ?result=IMP-...}).
 */
@Named("recPublicationImport")
@ViewScoped
public class PublicationImportBean implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String FORM = "publicationImport";
  static final String FILE = FORM + ":file";

  @Inject private PublicationImports imports;
  @Inject private ResearchRecords records;
  @Inject private RecordsAccess access;
  @Inject private KeptUploads keptUploads;
  @Inject private RecentResults results;

  private transient Part file;
  private String format = "";
  private Long project;
  private String result;
  private ImportReport preview;
  private ImportReport done;
  private boolean allowed;
  private transient List<ProjectView> projectChoices;

  /** Reads the address: the project to import into, or the result of an import just made. */
  public void open() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    allowed = access.may(RecordsAction.MANAGE_RECORDS);
    if (!allowed) {
      Messages.error(null, "pub.import.notAllowed");
      return;
    }
    if (result != null) {
      done = results.find(result, ImportReport.class).orElse(null);
    }
  }

  public String preview() {
    preview = run(true);
    return null;
  }

  public String commit() {
    ImportReport report = run(false);
    if (report == null) {
      return null;
    }
    keptUploads.done(FILE);
    results.keep(report.importRef(), report);
    Messages.infoAfterRedirect("pub.import.done", report.fileName(), report.created());
    return "/app/records/publication-import.xhtml?faces-redirect=true&project="
        + project
        + "&result="
        + report.importRef();
  }

  private ImportReport run(boolean dryRun) {
    try {
      KeptFiles.Kept upload = keptUploads.of(FILE).orElse(null);
      if (upload == null) {
        throw InvalidCommandException.of("file", "lic.import.file.required");
      }
      BibliographyFormat chosen =
          format == null || format.isBlank()
              ? byName(upload.fileName())
              : BibliographyFormat.valueOf(format);
      return imports.importPublications(
          new PublicationImport(upload.fileName(), chosen, upload.content(), project, dryRun));
    } catch (InvalidCommandException refused) {
      keptUploads.refused(FILE, refused, "file");
      preview = null;
      Messages.show(FORM, refused);
      return null;
    } catch (AccessRefusedException refused) {
      Messages.error(null, "command.refused");
      return null;
    } finally {
      file = null;
    }
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

  public List<BibliographyFormat> getFormats() {
    return List.of(BibliographyFormat.values());
  }

  public boolean isAllowed() {
    return allowed;
  }

  public ImportReport getPreview() {
    return preview;
  }

  public ImportReport getDone() {
    return done;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public Long getProject() {
    return project;
  }

  public void setProject(Long project) {
    this.project = project;
  }
}
