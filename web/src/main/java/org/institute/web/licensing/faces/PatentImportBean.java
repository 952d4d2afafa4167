package org.institute.web.licensing.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import org.institute.core.InvalidCommandException;
import org.institute.licensing.LicensingAccess;
import org.institute.licensing.LicensingAction;
import org.institute.licensing.PatentFileFormat;
import org.institute.licensing.PatentImport;
import org.institute.licensing.PatentImportReport;
import org.institute.licensing.PatentImports;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.web.platform.faces.KeptFiles;
import org.institute.web.platform.faces.KeptUploads;
import org.institute.web.platform.faces.Messages;
import org.institute.web.platform.faces.RecentResults;

/**
 * Importing patent families from a file (decision 0100): the file is chosen once and kept across
 * refusals, a dry run shows the plan record by record, the import is confirmed and then shown after
 * its redirect ({@code ?result=IMP-...}).
 */
@Named("licPatentImport")
@ViewScoped
public class PatentImportBean implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String FORM = "patentImport";
  static final String FILE = FORM + ":file";

  @Inject private PatentImports imports;
  @Inject private LicensingAccess access;
  @Inject private PartnerDirectory partners;
  @Inject private KeptUploads keptUploads;
  @Inject private RecentResults results;

  private transient Part file;
  private String format = "";
  private Long owner;
  private String result;
  private PatentImportReport preview;
  private PatentImportReport done;
  private boolean allowed;
  private transient List<PartnerSummary> partnerChoices;

  /** Reads the address: the result of an import just made, if any. */
  public void open() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    allowed = access.may(LicensingAction.REGISTER_FAMILY);
    if (!allowed) {
      Messages.error(null, "lic.import.notAllowed");
      return;
    }
    if (result != null) {
      done = results.find(result, PatentImportReport.class).orElse(null);
    }
  }

  /** The dry run: the plan of every record, nothing changed. */
  public String preview() {
    preview = run(true);
    return null;
  }

  /** The import, confirmed: applied in one transaction, then shown after a redirect. */
  public String commit() {
    PatentImportReport report = run(false);
    if (report == null) {
      return null;
    }
    keptUploads.done(FILE);
    results.keep(report.importRef(), report);
    Messages.infoAfterRedirect(
        "lic.import.done", report.fileName(), report.created(), report.merged());
    return "/app/licensing/patent-import.xhtml?faces-redirect=true&result=" + report.importRef();
  }

  private PatentImportReport run(boolean dryRun) {
    try {
      KeptFiles.Kept upload = keptUploads.of(FILE).orElse(null);
      if (upload == null) {
        throw InvalidCommandException.of("file", "lic.import.file.required");
      }
      PatentFileFormat chosen =
          format == null || format.isBlank()
              ? PatentFileFormat.of(upload.content())
              : PatentFileFormat.valueOf(format);
      return imports.importPatents(
          new PatentImport(upload.fileName(), chosen, upload.content(), owner, dryRun));
    } catch (InvalidCommandException refused) {
      keptUploads.refused(FILE, refused, "file");
      preview = null;
      Messages.show(FORM, refused);
      return null;
    } catch (org.institute.core.AccessRefusedException refused) {
      Messages.error(null, "command.refused");
      return null;
    } finally {
      file = null;
    }
  }

  /** The confirmation's words: what the import will change, from the preview. */
  public String getConfirmText() {
    return preview == null
        ? ""
        : Messages.text(
            "lic.import.confirm",
            preview.fileName(),
            preview.created(),
            preview.merged(),
            preview.refused());
  }

  /** "2 new families, 1 merged, 0 unchanged, 3 refused" in the reader's language. */
  public String counts(PatentImportReport report) {
    return Messages.text(
        "lic.import.counts",
        report.created(),
        report.merged(),
        report.unchanged(),
        report.refused());
  }

  public List<PartnerSummary> getPartners() {
    if (partnerChoices == null) {
      partnerChoices = partners.all();
    }
    return partnerChoices;
  }

  public List<PatentFileFormat> getFormats() {
    return List.of(PatentFileFormat.values());
  }

  public boolean isAllowed() {
    return allowed;
  }

  public PatentImportReport getPreview() {
    return preview;
  }

  public PatentImportReport getDone() {
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

  public Long getOwner() {
    return owner;
  }

  public void setOwner(Long owner) {
    this.owner = owner;
  }
}
